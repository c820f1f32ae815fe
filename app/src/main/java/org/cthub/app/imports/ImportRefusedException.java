package org.cthub.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cthub.standard.validation.Problem;

/** An import that could not start: the file is not a table of cases in any layout read. Nothing was stored. */
public final class ImportRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportRefusedException(String reason) {
        super(reason);
    }

    ImportRefusedException(Path file, List<Problem> headerProblems) {
        super(file.getFileName() + ": " + headerProblems.stream()
                .map(problem -> problem.code().code() + " " + problem.message())
                .collect(Collectors.joining("; ")));
    }
}
