package org.cthub.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.cthub.app.web.WebFixtures;
import org.cthub.app.web.WebTest;
import org.cthub.store.organisations.Organisation;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The login through an organisation's identity provider maps the provider's person onto an account an
 * administrator created, and never creates one. The provider is not called: without a user-info endpoint,
 * Spring Security builds the person from the ID token alone.
 */
@WebTest
class IdentityProviderAccountsTest {

    @Autowired
    WebFixtures fixtures;

    @Autowired
    Users users;

    @Test
    void linksAnAccountByVerifiedEmailThenBySubject() {
        Organisation organisation = fixtures.organisation("IDP");
        UserAccount account = users.create(organisation, "amina@" + organisation.code().toLowerCase() + ".example",
                "Amina", "CASEWORKER", null, "test");
        IdentityProviderAccounts accounts = new IdentityProviderAccounts(users);

        var first = accounts.loadUser(request("subject-1", account.username(), true));
        var second = accounts.loadUser(request("subject-1", "changed@elsewhere.example", false));

        assertThat(first).isInstanceOf(SignedIn.class);
        assertThat(((SignedIn) first).userId()).isEqualTo(account.id());
        assertThat(((SignedIn) first).organisationCode()).isEqualTo(organisation.code());
        assertThat(first.getAuthorities()).extracting(Object::toString).contains(Role.Authority.CASE_READ);
        assertThat(((SignedIn) second).userId()).isEqualTo(account.id());
        assertThat(users.findByUsername(account.username()).orElseThrow().oidcSubject()).isEqualTo("corp:subject-1");
    }

    @Test
    void refusesUnverifiedUnknownAndDisabledPeople() {
        Organisation organisation = fixtures.organisation("IDP");
        UserAccount disabled = users.create(organisation, "gone@" + organisation.code().toLowerCase() + ".example",
                "Gone", "CASEWORKER", null, "test");
        users.setEnabled(disabled.id(), false, "test");
        IdentityProviderAccounts accounts = new IdentityProviderAccounts(users);
        UserAccount unverified = users.create(organisation, "new@" + organisation.code().toLowerCase() + ".example",
                "New", "CASEWORKER", null, "test");

        assertThatThrownBy(() -> accounts.loadUser(request("s2", unverified.username(), false)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> accounts.loadUser(request("s3", "nobody@nowhere.example", true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> accounts.loadUser(request("s4", disabled.username(), true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcUserRequest request(String subject, String email, boolean verified) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("corp").clientId("cthub")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/corp")
                .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks").userNameAttributeName("sub").scope("openid", "email").build();
        Instant now = Instant.now();
        OidcIdToken token = new OidcIdToken("token", now, now.plusSeconds(60),
                Map.of("sub", subject, "email", email, "email_verified", verified, "iss", "https://idp.example"));
        OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(60), java.util.Set.of("openid", "email"));
        return new OidcUserRequest(registration, access, token);
    }
}
