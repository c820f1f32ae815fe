package org.cthub.app.security;

import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The login through an organisation's identity provider. Nobody gets an account by logging in: the
 * provider's person must match an account an administrator created, first by the subject linked before,
 * else by username equal to the verified e-mail address, which is then linked to the subject.
 */
@Component
@ConditionalOnBean(ClientRegistrationRepository.class)
class IdentityProviderAccounts extends OidcUserService {

    private final Users users;

    IdentityProviderAccounts(Users users) {
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = super.loadUser(request);
        String subject = request.getClientRegistration().getRegistrationId() + ":" + provided.getSubject();
        UserAccount account = users.findByOidcSubject(subject).or(() -> Boolean.TRUE.equals(
                        provided.getEmailVerified()) ? users.findByUsername(provided.getEmail()) : java.util.Optional.empty())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("account_not_found",
                        "No CT Hub account for this person; ask an administrator", null)));
        if (account.oidcSubject() == null) {
            users.setOidcSubject(account.id(), subject, account.username());
        }
        return new ProviderUser(provided, account);
    }

    /** A person signed in through the provider, carrying their CT Hub account. */
    public static final class ProviderUser extends DefaultOidcUser implements SignedIn {

        private static final long serialVersionUID = 1L;

        private final Account account;

        ProviderUser(OidcUser provided, UserAccount stored) {
            super(CthubUser.authorities(Role.valueOf(stored.role())), provided.getIdToken(), provided.getUserInfo());
            this.account = Account.of(stored, java.time.Instant.now());
        }

        @Override
        public String getName() {
            return account.username();
        }

        @Override
        public Account account() {
            return account;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProviderUser user && user.account.userId() == account.userId();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(account.userId());
        }
    }
}
