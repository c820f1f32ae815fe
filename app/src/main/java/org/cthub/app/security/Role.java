package org.cthub.app.security;

import java.util.Set;

/**
 * The roles of CT Hub and what each may do. Authorities, not roles, are checked on service methods
 * ({@code @PreAuthorize("hasAuthority('case:read')")}), so that a role's powers are read here in one place.
 * Least access: the administrator manages accounts and the audit trail but reads no case; the analyst sees
 * pseudonymised data across organisations and never a name.
 */
public enum Role {
    CASEWORKER(Authority.CASE_READ, Authority.CASE_WRITE, Authority.SCREENING_WRITE, Authority.REFERRAL_SEND,
            Authority.REFERRAL_RESPOND, Authority.CASE_EXPORT),
    SUPERVISOR(Authority.CASE_READ, Authority.CASE_WRITE, Authority.SCREENING_WRITE, Authority.REFERRAL_SEND,
            Authority.REFERRAL_RESPOND, Authority.CASE_EXPORT, Authority.CASE_CLOSE_APPROVE, Authority.CASE_ASSIGN,
            Authority.NRM_REPORT, Authority.SUBJECT_REQUEST),
    DATA_MANAGER(Authority.CASE_READ, Authority.CASE_EXPORT, Authority.IMPORT_RUN, Authority.RELEASE_BUILD,
            Authority.SUBJECT_REQUEST, Authority.LINKAGE_RUN, Authority.ESTIMATE_RUN),
    ANALYST(Authority.ANALYSIS_READ, Authority.ESTIMATE_RUN, Authority.LINKAGE_STORE),
    ADMINISTRATOR(Authority.USER_MANAGE, Authority.AUDIT_READ, Authority.RETENTION_MANAGE, Authority.ADMIN_ACCESS,
            Authority.RELEASE_PUBLISH);

    private final Set<String> authorities;

    Role(String... authorities) {
        this.authorities = Set.of(authorities);
    }

    public Set<String> authorities() {
        return authorities;
    }

    /** The authority names, as checked by {@code hasAuthority}. */
    public static final class Authority {
        public static final String CASE_READ = "case:read";
        public static final String CASE_WRITE = "case:write";
        public static final String CASE_EXPORT = "case:export";
        public static final String CASE_ASSIGN = "case:assign";
        public static final String CASE_CLOSE_APPROVE = "case:close-approve";
        public static final String SCREENING_WRITE = "screening:write";
        public static final String REFERRAL_SEND = "referral:send";
        public static final String REFERRAL_RESPOND = "referral:respond";
        public static final String NRM_REPORT = "nrm:report";
        public static final String SUBJECT_REQUEST = "subject-request:manage";
        public static final String IMPORT_RUN = "import:run";
        public static final String RELEASE_BUILD = "release:build";
        public static final String RELEASE_PUBLISH = "release:publish";
        public static final String ANALYSIS_READ = "analysis:read";
        /** Multiple systems estimation from a table of capture histories: counts in, counts out. */
        public static final String ESTIMATE_RUN = "estimate:run";
        /** Linking encoded lists the organisations chose to send into persons and capture histories. */
        public static final String LINKAGE_RUN = "linkage:run";
        /**
         * Linking organisations' stored cases into persons and capture histories. Only for a role that can neither
         * write nor import cases: whoever can add a person to one list and link it against another's learns whether
         * that person is on the other list (separation of duties, docs/linkage.md).
         */
        public static final String LINKAGE_STORE = "linkage:store";
        public static final String USER_MANAGE = "user:manage";
        public static final String AUDIT_READ = "audit:read";
        public static final String RETENTION_MANAGE = "retention:manage";
        public static final String ADMIN_ACCESS = "admin:access";

        private Authority() {
        }
    }
}
