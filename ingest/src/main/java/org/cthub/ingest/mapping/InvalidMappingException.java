package org.cthub.ingest.mapping;

import java.util.List;
import java.util.stream.Collectors;
import org.cthub.ingest.IngestException;
import org.cthub.standard.validation.ErrorCode;
import org.cthub.standard.validation.Problem;

/**
 * A mapping specification that cannot be used: not YAML, or not the schema of {@link MappingSpec}. Carries
 * every problem found, each an E2006 whose {@link Problem#field()} is the YAML path, such as
 * {@code columns[2].dateFormat}, so that one round of corrections fixes them all.
 */
public final class InvalidMappingException extends IngestException {

    private static final long serialVersionUID = 1L;

    private final String specName;
    private final transient List<Problem> problems;

    InvalidMappingException(String specName, List<Problem> problems, Throwable cause) {
        super(ErrorCode.E2006_INVALID_MAPPING, "Cannot use the mapping " + specName + ": "
                + problems.stream().map(Problem::message).collect(Collectors.joining("; ")), cause);
        this.specName = specName;
        this.problems = List.copyOf(problems);
    }

    /** The name the spec was read under, such as its file name. */
    public String specName() {
        return specName;
    }

    /** The problems, in the order of the spec. */
    public List<Problem> problems() {
        return problems;
    }
}
