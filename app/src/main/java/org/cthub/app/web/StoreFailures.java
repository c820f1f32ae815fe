package org.cthub.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cthub.store.RecordNotFoundException;
import org.cthub.store.casework.CaseChangedException;
import org.cthub.store.casework.ServiceDeliveryChangedException;
import org.cthub.store.referrals.ConcurrentReferralUpdateException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The store's failures that a page has no better answer to, through the application's error page, whose text
 * says nothing of the record: a record gone between two requests is a 404, as one that never existed; a save
 * that lost a race is a 409, "reload and do it again". Pages that can do better (keep the user's input, show
 * what changed) catch these themselves.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StoreFailures {

    @ExceptionHandler(RecordNotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler({CaseChangedException.class, ServiceDeliveryChangedException.class,
        ConcurrentReferralUpdateException.class})
    void changed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
