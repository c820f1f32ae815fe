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

    private final long userId;
    private final String username;
    private final String displayName;
    private final long organisationId;
    private final String organisationCode;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    CthubUser(long userId, String username, String displayName, long organisationId, String organisationCode,
              Role role, String passwordHash, boolean enabled, boolean locked) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    static List<GrantedAuthority> authorities(Role role) {
        return role.authorities().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(role);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
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
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public long organisationId() {
        return organisationId;
    }

    @Override
    public String organisationCode() {
        return organisationCode;
    }

    @Override
    public Role role() {
        return role;
    }

    // Sessions are compared by account, so that a disabled account's sessions can be found and ended.
    @Override
    public boolean equals(Object other) {
        return other instanceof CthubUser user && user.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "CthubUser[" + username + ", " + organisationCode + ", " + role + "]";
    }
}
