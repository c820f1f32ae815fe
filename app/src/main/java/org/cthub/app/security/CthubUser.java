package org.cthub.app.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account logged in with its password. The hash is erased once authentication is done. */
public final class CthubUser implements UserDetails, CredentialsContainer, SignedIn {

    private static final long serialVersionUID = 1L;

    private final Account account;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    CthubUser(Account account, String passwordHash, boolean enabled, boolean locked) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    static List<GrantedAuthority> authorities(Role role) {
        return role.authorities().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(account.role());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public Account account() {
        return account;
    }

    // Sessions are compared by account, so that a disabled account's sessions can be found and ended.
    @Override
    public boolean equals(Object other) {
        return other instanceof CthubUser user && user.account.userId() == account.userId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(account.userId());
    }

    @Override
    public String toString() {
        return "CthubUser[" + account.username() + ", " + account.organisationCode() + ", " + account.role() + "]";
    }
}
