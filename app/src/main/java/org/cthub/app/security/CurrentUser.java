package org.cthub.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The account of the current request, if one is signed in. */
    public static Optional<SignedIn> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn
                ? Optional.of(signedIn) : Optional.empty();
    }

    /**
     * The account of the current request.
     *
     * @throws org.springframework.security.access.AccessDeniedException when nobody is signed in
     */
    public static SignedIn get() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Nobody is signed in"));
    }
}
