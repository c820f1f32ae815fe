package org.cthub.app.releases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.cthub.privacy.Table;
import org.cthub.privacy.anonymity.AnonymisationResult;
import org.cthub.privacy.anonymity.Anonymiser;
import org.cthub.privacy.anonymity.Criteria;
import org.cthub.privacy.anonymity.LDiversity;
import org.cthub.privacy.hierarchy.Hierarchy;
import org.cthub.standard.ctdc.Ctdc2024Record;

/**
 * Protects a release by the optimal full-domain generalisation of its quasi-identifiers with suppression
 * (Sweeney 2002; ARX's Loss, see docs/privacy.md), optionally with distinct l-diversity of the set of types of
 * exploitation (Machanavajjhala et al. 2007). Other columns are published unchanged.
 */
final class KAnonymityProtection {

    /** A working column holding the set of types of exploitation; it is never published. */
    static final String TYPES = "typesOfExploitation";

    private final Anonymiser anonymiser;

    KAnonymityProtection(Anonymiser anonymiser) {
        this.anonymiser = anonymiser;
    }

    /** @throws ReleaseRefusedException when no generalisation meets the criteria */
    ProtectedData protect(Table input, ReleaseParameters parameters) {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        for (QuasiIdentifier identifier : QuasiIdentifier.values()) {
            hierarchies.put(identifier.column(), identifier.hierarchy());
        }
        Criteria criteria = Criteria.kAnonymity(parameters.k(), parameters.suppressionLimit());
        Table table = input;
        if (parameters.lDiversity() > 1) {
            criteria = criteria.with(LDiversity.distinct(TYPES, parameters.lDiversity()));
            table = withTypes(input);
        }
        AnonymisationResult result = anonymiser.anonymise(table, hierarchies, criteria)
                .orElseThrow(() -> new ReleaseRefusedException("No generalisation of the quasi-identifiers reaches k = "
                        + parameters.k() + (parameters.lDiversity() > 1 ? " and l = " + parameters.lDiversity() : "")
                        + " with at most " + parameters.suppressionLimit() * 100 + " % of the "
                        + input.size() + " records suppressed; nothing was released",
                        ReleaseRefusedException.Why.K_UNREACHABLE, Integer.toString(parameters.k()),
                        Long.toString(Math.round(parameters.suppressionLimit() * 100)),
                        Integer.toString(input.size())));
        Table output = parameters.lDiversity() > 1 ? withoutTypes(result.output()) : result.output();
        return new ProtectedData(output, parameters.k(), result.transformation(), result.loss(), result.suppressed(),
                Optional.empty());
    }

    private static Table withTypes(Table input) {
        List<String> exploitation = java.util.Arrays.stream(Ctdc2024Record.Exploitation.values())
                .map(Ctdc2024Record.Exploitation::column).toList();
        int[] positions = exploitation.stream().mapToInt(input::column).toArray();
        List<String> columns = new ArrayList<>(input.columns());
        columns.add(TYPES);
        List<List<String>> rows = new ArrayList<>(input.size());
        for (List<String> row : input.rows()) {
            StringJoiner types = new StringJoiner(";");
            for (int j = 0; j < positions.length; j++) {
                if ("1".equals(row.get(positions[j]))) {
                    types.add(exploitation.get(j));
                }
            }
            List<String> extended = new ArrayList<>(row);
            extended.add(types.length() == 0 ? "none recorded" : types.toString());
            rows.add(extended);
        }
        return new Table(columns, rows);
    }

    private static Table withoutTypes(Table output) {
        int last = output.columns().size() - 1;
        return new Table(output.columns().subList(0, last),
                output.rows().stream().map(row -> row.subList(0, last)).toList());
    }
}
