package org.sawa.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.mail.Mailer;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account life: sign-up, confirmation, password reset, profile, export and deletion, and
 * the {@link UserDetailsService} behind form login.
 */
@Service
public class Accounts implements UserDetailsService {

	private final Clock clock;

	static final Duration CONFIRM_VALIDITY = Duration.ofDays(3);
	static final Duration RESET_VALIDITY = Duration.ofHours(2);

	private final People people;

	private final Tokens tokens;

	private final RoleGrants grants;

	private final Organisations organisations;

	private final Territories territories;

	private final PasswordEncoder encoder;

	private final Mailer mailer;

	private final MessageSource messages;

	private final AuditLog audit;

	private final String baseUrl;

	private final OpenSessions sessions;

	private final Permissions permissions;

	private final org.springframework.context.ApplicationEventPublisher events;

	Accounts(People people, Tokens tokens, RoleGrants grants, Organisations organisations, Territories territories,
			PasswordEncoder encoder, Mailer mailer, MessageSource messages, AuditLog audit,
			@Value("${sawa.base-url}") String baseUrl, Clock clock, OpenSessions sessions, Permissions permissions,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.clock = clock;
		this.permissions = permissions;
		this.sessions = sessions;
		this.people = people;
		this.tokens = tokens;
		this.grants = grants;
		this.organisations = organisations;
		this.territories = territories;
		this.encoder = encoder;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.baseUrl = baseUrl;
	}

	/**
	 * Where to write to a person, and in which language: for the notices of other
	 * modules.
	 */
	public record Contact(String email, String displayName, String language) {

		/** The language to write to her in: hers, or Arabic when she never chose. */
		public Locale locale() {
			return Locale.forLanguageTag(language == null ? "ar" : language);
		}

	}

	/** The names people chose to be shown by, by id, in one query. */
	public Map<Long, String> displayNames(java.util.Collection<Long> personIds) {
		return people.displayNames(personIds);
	}

	public java.util.Optional<Contact> contact(long personId) {
		return people.byId(personId).map(p -> new Contact(p.email(), p.displayName(), p.preferredLanguage()));
	}

	/** The id of the account with this e-mail address, if any. */
	public java.util.Optional<Long> idByEmail(String email) {
		return people.byEmail(email).map(Person::id);
	}

	/** The associations the person represents (who may file a petition in their name). */
	public List<Organisation> associationsRepresentedBy(long personId) {
		return organisations.representedBy(personId);
	}

	/** Every organisation of a kind (association, council, administration), by name. */
	public List<Organisation> organisations(String kind) {
		return organisations.all().stream().filter(o -> o.kind().equals(kind)).toList();
	}

	public java.util.Optional<Organisation> organisation(long id) {
		return organisations.byId(id);
	}

	/** The commune of residence the person declared, if any. */
	public java.util.Optional<Long> residence(long personId) {
		return people.byId(personId).map(Person::residenceTerritoryId);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Person person = people.byEmail(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return toUser(person);
	}

	SawaUser toUser(Person person) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
		grants.activeFor(person.id())
			.stream()
			.map(g -> "ROLE_" + g.role().name())
			.distinct()
			.forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
		return new SawaUser(person.id(), person.email(), person.displayName(), person.passwordHash(),
				person.emailConfirmedAt() != null, authorities);
	}

	/**
	 * Creates an unconfirmed account and mails a confirmation link. When the address is
	 * already registered, nothing is created and its owner is told by mail instead, so
	 * that the page shown is the same either way (no account enumeration).
	 */
	@Transactional
	public void signUp(String email, String password, String displayName, Locale locale) {
		signUp(email, password, displayName, locale, null);
	}

	/**
	 * Signs up, the confirmation link leading back to {@code next} (a path of this site,
	 * or null) once confirmed.
	 */
	@Transactional
	public void signUp(String email, String password, String displayName, Locale locale, String next) {
		String language = locale.getLanguage();
		Optional<Long> created = people.insert(email, encoder.encode(password), displayName.trim(), language);
		if (created.isPresent()) {
			String token = tokens.issue(created.get(), Tokens.Purpose.CONFIRM, CONFIRM_VALIDITY);
			String back = next == null ? ""
					: "&continue=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
			mail(people.byId(created.get()).orElseThrow(), "mail.confirm.subject", "mail.confirm.body",
					baseUrl + "/confirm?token=" + token + back);
		}
		else {
			people.byEmail(email)
				.ifPresent(existing -> mail(existing, "mail.alreadyRegistered.subject", "mail.alreadyRegistered.body",
						baseUrl + "/password/forgot"));
		}
	}

	/** Creates a confirmed account directly (demo loader and tests); returns its id. */
	@Transactional
	public long createConfirmed(String email, String password, String displayName, String language) {
		return createConfirmedHashed(email, hash(password), displayName, language);
	}

	/** A password's hash, made once for the demo accounts that share one (ADR 0034). */
	public String hash(String password) {
		return encoder.encode(password);
	}

	/** Creates a confirmed account with a hash made by {@link #hash}; returns its id. */
	@Transactional
	public long createConfirmedHashed(String email, String passwordHash, String displayName, String language) {
		long id = people.insert(email, passwordHash, displayName, language)
			.orElseThrow(() -> new IllegalStateException("e-mail already registered: " + email));
		people.confirm(id);
		return id;
	}

	/** Confirms the address the token was sent to; the person, to sign in, or empty. */
	@Transactional
	public Optional<SawaUser> confirm(String token) {
		return tokens.consume(token, Tokens.Purpose.CONFIRM).map(id -> {
			people.confirm(id);
			return toUser(people.byId(id).orElseThrow());
		});
	}

	/** Mails a reset link if the address is registered; says nothing either way. */
	@Transactional
	public void requestPasswordReset(String email) {
		people.byEmail(email).ifPresent(person -> {
			String token = tokens.issue(person.id(), Tokens.Purpose.RESET, RESET_VALIDITY);
			mail(person, "mail.reset.subject", "mail.reset.body", baseUrl + "/password/reset?token=" + token);
		});
	}

	@Transactional(readOnly = true)
	public boolean isResetTokenValid(String token) {
		return tokens.isValid(token, Tokens.Purpose.RESET);
	}

	/**
	 * Sets a new password; a reset link also proves the address, so it confirms the
	 * account. Every open session of the person ends: whoever knew the old password is
	 * signed out everywhere.
	 */
	@Transactional
	public boolean resetPassword(String token, String password) {
		return tokens.consume(token, Tokens.Purpose.RESET).map(id -> {
			people.setPassword(id, encoder.encode(password));
			people.confirm(id);
			people.byId(id).ifPresent(person -> sessions.endAll(person.email()));
			audit.append("person:" + id, "account.password.reset", "person:" + id, "");
			return true;
		}).orElse(false);
	}

	@Transactional(readOnly = true)
	public Optional<Person> person(long id) {
		return people.byId(id);
	}

	/** Saves the profile. A residence must be a commune. */
	@Transactional
	public void updateProfile(long personId, ProfileForm form) {
		people.updateProfile(personId, form);
	}

	/** Sets the self-declared demographic profile (used by the demo loader and tests). */
	@Transactional
	public void declareProfile(long personId, String sex, Integer birthYear, Boolean disability,
			Long residenceCommuneId) {
		Person person = people.byId(personId).orElseThrow();
		if (!isCommune(residenceCommuneId)) {
			throw new IllegalArgumentException("residence must be a commune");
		}
		people.updateProfile(personId,
				new ProfileForm(person.displayName(), person.preferredLanguage(), sex == null ? "" : sex, birthYear,
						disability == null ? "" : disability ? "yes" : "no", residenceCommuneId));
	}

	public boolean isCommune(Long territoryId) {
		return territoryId == null || territories.byId(territoryId).map(t -> t.level() == Level.COMMUNE).orElse(false);
	}

	@Transactional(readOnly = true)
	public Map<String, Object> export(long personId) {
		Person person = people.byId(personId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", person.id());
		data.put("email", person.email());
		data.put("displayName", person.displayName());
		data.put("preferredLanguage", person.preferredLanguage());
		data.put("createdAt", person.createdAt().toString());
		data.put("emailConfirmedAt", person.emailConfirmedAt() == null ? null : person.emailConfirmedAt().toString());
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("sex", person.sex());
		profile.put("birthYear", person.birthYear());
		profile.put("disability", person.disability());
		profile.put("residenceCommune", person.residenceTerritoryId() == null ? null
				: territories.byId(person.residenceTerritoryId()).map(t -> t.code()).orElse(null));
		data.put("profile", profile);
		data.put("roles",
				grants.activeFor(personId)
					.stream()
					.map(g -> Map.of("role", g.role().code(), "territory",
							territories.byId(g.territoryId()).map(t -> t.code()).orElse(""), "grantedAt",
							g.grantedAt().toString()))
					.toList());
		data.put("organisations",
				organisations.ofPerson(personId)
					.stream()
					.map(o -> Map.of("id", o.id(), "kind", o.kind(), "name", o.name()))
					.toList());
		return data;
	}

	/**
	 * Deletes the account and everything that identifies the person; audited without
	 * personal data.
	 */
	@Transactional
	public boolean delete(long personId, String password) {
		Person person = people.byId(personId).orElseThrow();
		if (!encoder.matches(password, person.passwordHash())) {
			return false;
		}
		people.delete(personId);
		events.publishEvent(new AccountDeleted(personId));
		sessions.endAll(person.email());
		audit.append("person:" + personId, "account.deleted", "person:" + personId, "");
		return true;
	}

	/**
	 * Revokes a role grant (audited), if the administrator answers for its territory; the
	 * person's open sessions end, so the role's powers go with it at once. Answers the
	 * revoked grant, or empty when there was none to revoke.
	 */
	@Transactional
	public Optional<RoleGrant> revokeRole(long grantId, long adminId) {
		Optional<RoleGrant> grant = grants.activeById(grantId)
			.filter(g -> permissions.has(adminId, Role.ADMIN, g.territoryId()));
		grant.ifPresent(g -> {
			grants.revoke(grantId, adminId);
			sessions.endAll(g.personEmail());
			audit.append("person:" + adminId, "role.revoked", "person:" + g.personId(),
					g.role().code() + "@" + territories.byId(g.territoryId()).map(Territory::code).orElse("?"));
		});
		return grant;
	}

	/**
	 * Grants a role on a territory (audited); does nothing if the same grant is active.
	 */
	@Transactional
	public void grantRole(long personId, Role role, long territoryId, Long grantedBy) {
		grants.grant(personId, role, territoryId, grantedBy)
			.ifPresent(id -> audit.append(grantedBy == null ? "system" : "person:" + grantedBy, "role.granted",
					"person:" + personId,
					role.code() + "@" + territories.byId(territoryId).map(t -> t.code()).orElse("?")));
	}

	/** Creates an organisation with its first representative. */
	@Transactional
	public long createOrganisation(String kind, String name, long territoryId, long representativeId) {
		return createOrganisation(kind, name, territoryId, null, representativeId);
	}

	/**
	 * Creates an organisation with the day it was constituted (null when not known) and
	 * its representative.
	 */
	@Transactional
	public long createOrganisation(String kind, String name, long territoryId, java.time.LocalDate foundedOn,
			long representativeId) {
		long id = organisations.create(kind, name, territoryId, foundedOn);
		organisations.addMember(id, representativeId, "representative");
		audit.append("person:" + representativeId, "organisation.created", "organisation:" + id, kind);
		return id;
	}

	/**
	 * Records an organisation that has no one on Sawa yet (e.g. an association a
	 * programme trained), typed in by staff; a representative can join it later.
	 */
	@Transactional
	public long registerOrganisation(String kind, String name, long territoryId, java.time.LocalDate foundedOn,
			long actorId) {
		long id = organisations.create(kind, name, territoryId, foundedOn);
		audit.append("person:" + actorId, "organisation.registered", "organisation:" + id, kind);
		return id;
	}

	@Transactional
	public void addMember(long organisationId, long personId, String role) {
		organisations.addMember(organisationId, personId, role);
	}

	public int currentYear() {
		return Year.now(clock).getValue();
	}

	private void mail(Person person, String subjectKey, String bodyKey, String link) {
		Locale locale = Locale.forLanguageTag(person.preferredLanguage());
		String subject = messages.getMessage(subjectKey, null, locale);
		String body = messages.getMessage(bodyKey, new Object[] { person.displayName(), link }, locale);
		mailer.send(person.email(), subject, body);
	}

}
