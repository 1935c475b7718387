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

    UserAccounts(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(username.strip().toLowerCase())
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(a.roleNames()).build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
