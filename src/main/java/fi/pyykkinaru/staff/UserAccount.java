package fi.pyykkinaru.staff;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A staff or organiser login; the password is kept only as a hash. */
@Table("app_user")
record UserAccount(@Id @Nullable Long id, String username, String passwordHash, String roles, @Version int version) {

    UserAccount {
        if (!username.matches("[a-z0-9._-]{2,80}")) {
            throw new IllegalArgumentException("A username is 2-80 lower-case letters, digits, dots, dashes or underscores");
        }
    }

    static UserAccount create(String username, String passwordHash, Set<Role> roles) {
        return new UserAccount(null, username, passwordHash,
                roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")), 0);
    }

    String[] roleNames() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toArray(String[]::new);
    }
}
