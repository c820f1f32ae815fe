package org.cthub.app.admin;

import java.util.List;
import org.cthub.app.audit.AuditTrail;
import org.cthub.app.security.CurrentUser;
import org.cthub.app.security.Passwords;
import org.cthub.app.security.Role;
import org.cthub.app.web.NotFoundException;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.organisations.Organisations;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Administrators manage the accounts of their own organisation: an administrator of one organisation cannot
 * create, see or disable another's accounts.
 */
@Service
class AccountAdministration {

    private final Users users;
    private final Organisations organisations;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    AccountAdministration(Users users, Organisations organisations, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.encoder = encoder;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.USER_MANAGE + "')")
    List<UserAccount> accounts() {
        audit.record("USER_LIST", "ORGANISATION", CurrentUser.get().organisationId());
        return users.list(CurrentUser.get().organisationId());
    }

    /**
     * Creates an account in the administrator's organisation.
     *
     * @return the problem with the request, or null when the account was created
     */
    @PreAuthorize("hasAuthority('" + Role.Authority.USER_MANAGE + "')")
    String create(String username, String displayName, Role role, String password) {
        String problem = Passwords.problem(username, password);
        if (problem != null) {
            return problem;
        }
        Organisation organisation = organisations.findByCode(CurrentUser.get().organisationCode()).orElseThrow();
        try {
            UserAccount account = users.create(organisation, username, displayName, role.name(),
                    encoder.encode(password), CurrentUser.get().username());
            audit.record("USER_CREATE", "USER", account.id(), org.cthub.store.audit.AuditEvent.Outcome.SUCCESS,
                    role.name());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.USER_MANAGE + "')")
    void setEnabled(long userId, boolean enabled) {
        UserAccount account = own(userId);
        if (account.id() == CurrentUser.get().userId()) {
            throw new IllegalArgumentException("Administrators cannot disable their own account");
        }
        users.setEnabled(account.id(), enabled, CurrentUser.get().username());
        audit.record(enabled ? "USER_ENABLE" : "USER_DISABLE", "USER", account.id());
    }

    @PreAuthorize("hasAuthority('" + Role.Authority.USER_MANAGE + "')")
    String resetPassword(long userId, String password) {
        UserAccount account = own(userId);
        String problem = Passwords.problem(account.username(), password);
        if (problem != null) {
            return problem;
        }
        users.setPasswordHash(account.id(), encoder.encode(password), CurrentUser.get().username());
        audit.record("USER_PASSWORD_RESET", "USER", account.id());
        return null;
    }

    private UserAccount own(long userId) {
        return users.list(CurrentUser.get().organisationId()).stream().filter(account -> account.id() == userId)
                .findFirst().orElseThrow(() -> new NotFoundException("Account"));
    }
}
