package org.cthub.app.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Role;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.casework.CaseFiles;
import org.cthub.store.casework.CasePage;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The case list of the signed-in account's organisation: its own cases and those referred to it, newest
 * first, a page at a time. Each page shown is recorded with how many cases it showed, never with its filters.
 */
@Service
class CaseList {

    static final int PAGE_SIZE = 25;
    /** Deeper than any list goes; keeps offset arithmetic far from overflow whatever page a URL asks for. */
    // No page past what the list counts: a far offset would make the database walk the whole organisation.
    static final int MAX_PAGE = (int) (CasePage.COUNT_LIMIT / PAGE_SIZE) - 1;

    private final CaseFiles cases;
    private final Users users;
    private final AuditTrail audit;

    CaseList(CaseFiles cases, Users users, AuditTrail audit) {
        this.cases = cases;
        this.users = users;
        this.audit = audit;
    }

    /** One page of the list and where it stands. */
    record Page(CasePage cases, int number) {

        public long totalPages() {
            return (Math.min(cases.total(), CasePage.COUNT_LIMIT) + PAGE_SIZE - 1) / PAGE_SIZE;
        }

        public long countLimit() {
            return CasePage.COUNT_LIMIT;
        }

        public boolean hasNext() {
            return number + 1 < totalPages();
        }

        public boolean hasPrevious() {
            return number > 0;
        }

        public long first() {
            return (long) number * PAGE_SIZE + 1;
        }

        public long last() {
            return (long) number * PAGE_SIZE + cases.items().size();
        }
    }

    /** The page of the filtered list; pages before the first are the first, pages past the last are empty. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    Page page(CaseFilter filter, int page) {
        int number = Math.clamp(page, 0, MAX_PAGE);
        CasePage found = cases.search(filter.query(CurrentUser.get().organisationId())
                .page(PAGE_SIZE, number * PAGE_SIZE));
        audit.record("CASE_SEARCH", "CASE", null, AuditEvent.Outcome.SUCCESS, "count=" + found.items().size()
                + " total=" + found.total());
        return new Page(found, number);
    }

    /** The accounts a case of the organisation may be given to: its enabled caseworkers and supervisors. */
    @PreAuthorize("hasAuthority('" + Role.Authority.CASE_READ + "')")
    List<UserAccount> caseworkers() {
        long organisation = CurrentUser.get().organisationId();
        return Stream.of(Role.CASEWORKER, Role.SUPERVISOR)
                .flatMap(role -> users.withRole(organisation, role.name()).stream())
                .sorted(Comparator.comparing(CaseList::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Usernames to the names people know each other by. */
    static Map<String, String> names(List<UserAccount> accounts) {
        return accounts.stream().collect(Collectors.toMap(UserAccount::username, CaseList::name, (a, b) -> a));
    }

    static String name(UserAccount account) {
        return account.displayName() == null || account.displayName().isBlank() ? account.username()
                : account.displayName();
    }
}
