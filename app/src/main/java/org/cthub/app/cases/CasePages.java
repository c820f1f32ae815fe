package org.cthub.app.cases;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cthub.store.casework.CaseChangedException;
import org.cthub.store.casework.UnableToFindRecordException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every case page shares: the labels in the user's language, and the answers to the store's failures
 * through the application's error page (whose text says nothing of the case).
 */
@ControllerAdvice(basePackageClasses = CasePages.class)
class CasePages {

    private final CaseLabels labels;

    CasePages(CaseLabels labels) {
        this.labels = labels;
    }

    @ModelAttribute("labels")
    CaseLabels labels() {
        return labels;
    }

    /** A case voided or gone between two requests: as for one that never existed. */
    @ExceptionHandler(UnableToFindRecordException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** A save that lost a race where the page has no better answer than "reload and do it again". */
    @ExceptionHandler(CaseChangedException.class)
    void changed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
