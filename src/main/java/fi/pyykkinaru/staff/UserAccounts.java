package fi.pyykkinaru.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff and organiser accounts that Spring Security logs in. */
@Service
class UserAccounts implements UserDetailsService {

    private final UserAccountRepository repository;
    private final LoginThrottle throttle;

    UserAccounts(UserAccountRepository repository, LoginThrottle throttle) {
        this.repository = repository;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase())
                // A locked account is refused before its password is even checked.
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(a.roleNames())
                        .accountLocked(throttle.locked(a.username())).build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
