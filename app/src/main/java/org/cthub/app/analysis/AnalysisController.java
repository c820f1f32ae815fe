package org.cthub.app.analysis;

import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.Role;
import org.cthub.store.analysis.CaseCounts;
import org.cthub.store.audit.AuditEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' page: counts across organisations of the cases that may be shared, by any two of the
 * non-identifying attributes. Analysts never see a name, a case or a reference.
 */
@Controller
class AnalysisController {

    private final CaseCounts counts;
    private final AuditTrail audit;

    AnalysisController(CaseCounts counts, AuditTrail audit) {
        this.counts = counts;
        this.audit = audit;
    }

    @GetMapping("/analysis")
    @PreAuthorize("hasAuthority('" + Role.Authority.ANALYSIS_READ + "')")
    String crossTab(@RequestParam(defaultValue = "citizenship") String rows,
                    @RequestParam(defaultValue = "organisation") String columns, Model model) {
        String rowDimension = CaseCounts.DIMENSIONS.contains(rows) ? rows : "citizenship";
        String columnDimension = CaseCounts.DIMENSIONS.contains(columns) ? columns : "organisation";
        CrossTable table = CrossTable.of(counts.crossTab(rowDimension, columnDimension));
        audit.record("ANALYSIS_READ", "CROSSTAB", rowDimension + "x" + columnDimension, AuditEvent.Outcome.SUCCESS,
                table.total() + " cases");
        model.addAttribute("table", table);
        model.addAttribute("rows", rowDimension);
        model.addAttribute("columns", columnDimension);
        model.addAttribute("dimensions", CaseCounts.DIMENSIONS.stream().sorted().toList());
        model.addAttribute("minimum", CrossTable.MINIMUM);
        return "analysis/crosstab";
    }
}
