package fi.pyykkinaru.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff and organiser accounts, made without anyone ever typing someone else's password: an organiser names
 * the account and its role, and the person opens a one-time setup link (48 hours) to choose their own password.
 * A forgotten password gets a new link the same way.
 */
@Service
public class StaffAccounts {

    static final Duration LINK_LIFETIME = Duration.ofHours(48);
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    /** An account, or one still waiting for its person to open the setup link. */
    public record Row(String username, Set<Role> roles, boolean active, Optional<Instant> linkExpires) {

        public boolean organiser() {
            return roles.contains(Role.ORGANISER);
        }

        public boolean reviewer() {
            return roles.contains(Role.REVIEWER);
        }
    }

    /** A link just made: the secret is shown once and never stored. */
    public record Link(String username, String token, Instant expires) {

        public String path() {
            return "setup/" + token;
        }
    }

    /** What a valid link lets its holder do. */
    public record Pending(String username, boolean newAccount) {
    }

    private final UserAccountRepository repository;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffAccounts(UserAccountRepository repository, PasswordEncoder encoder, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Row> accounts() {
        List<Row> rows = new ArrayList<>();
        for (UserAccount account : repository.findAll()) {
            rows.add(new Row(account.username(), roles(account.roles()), true, Optional.empty()));
        }
        jdbc.sql("select username, roles, expires_at from setup_link where used_at is null and expires_at > ? "
                        + "and username not in (select username from app_user) order by username")
                .param(now())
                .query((rs, n) -> new Row(rs.getString("username"), roles(rs.getString("roles")), false,
                        Optional.of(rs.getObject("expires_at", OffsetDateTime.class).toInstant())))
                .list().forEach(rows::add);
        rows.sort(Comparator.comparing(Row::username));
        return rows;
    }

    /** A new account, waiting for its person to choose a password through the returned link. */
    @Transactional
    public Link invite(String username, boolean organiser) {
        return invite(username, organiser, false);
    }

    /**
     * A new account as above, a reviewer of the open call's proposals if {@code reviewer}. A reviewer who is not
     * an organiser is a reviewer only: the planning group scores proposals but does not run the stand.
     */
    @Transactional
    public Link invite(String username, boolean organiser, boolean reviewer) {
        String name = username.strip().toLowerCase();
        if (!name.matches("[a-z0-9._-]{2,80}")) {
            throw new AccountProblem("accounts.problem.username");
        }
        if (repository.findByUsername(name).isPresent() || pendingNew(name)) {
            throw new AccountProblem("accounts.problem.taken");
        }
        Set<Role> roles = organiser ? EnumSet.of(Role.ORGANISER, Role.STAFF)
                : reviewer ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.STAFF);
        if (reviewer) {
            roles.add(Role.REVIEWER);
        }
        Link link = store(name, roles);
        audit.record("account-invite", name + " " + roleText(roles));
        return link;
    }

    /** A new link for an existing account, when its password is forgotten; earlier links stop working. */
    @Transactional
    public Link reset(String username) {
        UserAccount account = repository.findByUsername(username).orElseThrow(() -> new AccountProblem("accounts.problem.gone"));
        Link link = store(account.username(), roles(account.roles()));
        audit.record("account-reset-link", account.username());
        return link;
    }

    /**
     * Gives an account the reviewer role or takes it away; the person has it from their next login. An account
     * left with no role at all keeps staff's, so that nobody is locked out by a toggle.
     */
    @Transactional
    public void setReviewer(String username, boolean reviewer) {
        UserAccount account = repository.findByUsername(username).orElseThrow(() -> new AccountProblem("accounts.problem.gone"));
        Set<Role> roles = roles(account.roles());
        if (reviewer) {
            roles.add(Role.REVIEWER);
        } else {
            roles.remove(Role.REVIEWER);
        }
        if (roles.isEmpty()) {
            roles.add(Role.STAFF);
        }
        repository.save(new UserAccount(account.id(), account.username(), account.passwordHash(), roleText(roles),
                account.version()));
        audit.record(reviewer ? "account-reviewer" : "account-not-reviewer", username + " " + roleText(roles));
    }

    /** Removes an account (or a pending invitation); nobody removes themselves or the last organiser. */
    @Transactional
    public void remove(String username, String actor) {
        if (username.equals(actor)) {
            throw new AccountProblem("accounts.problem.self");
        }
        Optional<UserAccount> account = repository.findByUsername(username);
        if (account.isPresent() && roles(account.get().roles()).contains(Role.ORGANISER) && organisers() <= 1) {
            throw new AccountProblem("accounts.problem.last-organiser");
        }
        account.ifPresent(repository::delete);
        jdbc.sql("update setup_link set used_at = ? where username = ? and used_at is null").params(now(), username).update();
        audit.record("account-remove", username);
    }

    /** The account a link is for, if the link is known, unused and not expired. */
    @Transactional(readOnly = true)
    public Optional<Pending> find(String token) {
        return valid(token).map(link -> new Pending(link.username(), repository.findByUsername(link.username()).isEmpty()));
    }

    /** Sets the password chosen through a link; the link then stops working. */
    @Transactional
    public String complete(String token, String password, String repeat) {
        StoredLink link = valid(token).orElseThrow(() -> new AccountProblem("setup.problem.link"));
        String username = link.username();
        checkPassword(username, password, repeat);
        // The guard on used_at makes a double submit (or two tabs) set the password once.
        int claimed = jdbc.sql("update setup_link set used_at = ? where token_hash = ? and used_at is null")
                .params(now(), link.hash()).update();
        if (claimed != 1) {
            throw new AccountProblem("setup.problem.link");
        }
        String encoded = encoder.encode(password);
        UserAccount account = repository.findByUsername(username)
                .map(a -> new UserAccount(a.id(), a.username(), encoded, a.roles(), a.version()))
                .orElseGet(() -> UserAccount.create(username, encoded, roles(link.roles())));
        repository.save(account);
        audit.record("account-password-set", username);
        return username;
    }

    /** A setup link for the first organiser when the stand has no accounts yet; null when it has some. */
    @Transactional
    Optional<Link> firstOrganiserLink() {
        if (repository.count() > 0) {
            return Optional.empty();
        }
        return Optional.of(store(InitialOrganiser.USERNAME, EnumSet.of(Role.ORGANISER, Role.STAFF)));
    }

    static void checkPassword(String username, String password, String repeat) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD) {
            throw new AccountProblem("setup.problem.short");
        }
        if (length > MAX_PASSWORD) {
            throw new AccountProblem("setup.problem.long");
        }
        if (password.strip().equalsIgnoreCase(username) || password.chars().distinct().count() < 4) {
            throw new AccountProblem("setup.problem.weak");
        }
        if (!password.equals(repeat)) {
            throw new AccountProblem("setup.problem.repeat");
        }
    }

    private Link store(String username, Set<Role> roles) {
        // A newer link replaces older ones: only the latest one in anybody's hands works.
        jdbc.sql("update setup_link set used_at = ? where username = ? and used_at is null").params(now(), username).update();
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = clock.instant().plus(LINK_LIFETIME);
        jdbc.sql("insert into setup_link (token_hash, username, roles, created_by, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(hash(token), username, roleText(roles), AuditLog.actor(), now(), expires.atOffset(ZoneOffset.UTC)).update();
        return new Link(username, token, expires);
    }

    /** A link as stored: its secret's hash, and the account it is for. */
    private record StoredLink(String hash, String username, String roles) {
    }

    private Optional<StoredLink> valid(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        return jdbc.sql("select username, roles from setup_link where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash, now()).query((rs, n) -> new StoredLink(hash, rs.getString("username"), rs.getString("roles")))
                .optional();
    }

    private boolean pendingNew(String username) {
        return jdbc.sql("select count(*) from setup_link where username = ? and used_at is null and expires_at > ?")
                .params(username, now()).query(Integer.class).single() > 0;
    }

    private long organisers() {
        return repository.findAll().stream().filter(a -> roles(a.roles()).contains(Role.ORGANISER)).count();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name.strip()));
            }
        }
        return roles;
    }

    private static String roleText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
