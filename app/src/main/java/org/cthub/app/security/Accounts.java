package org.cthub.app.security;

import java.time.Clock;
import org.cthub.store.users.UserAccount;
import org.cthub.store.users.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for the password login; a locked-out or disabled account is refused by Spring Security. */
@Service
class Accounts implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    Accounts(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new CthubUser(SignedIn.Account.of(account, clock.instant()), account.passwordHash(), account.enabled(),
                account.lockedAt(clock.instant()));
    }
}
