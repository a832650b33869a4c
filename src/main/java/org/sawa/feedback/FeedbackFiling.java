package org.sawa.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.feedback.internal.FeedbackNotices;
import org.sawa.inforequest.InfoBody;
import org.sawa.input.Emails;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.storage.FileRefused;
import org.sawa.storage.FileStorage;
import org.sawa.storage.Photos;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a report: online by a person signed in, or without an account with an e-mail
 * address or a phone number to follow it (she gets a secret link), or typed by staff from
 * a call, a paper form or the counter. Every field is checked at once; photos are cleaned
 * of their metadata before they are stored; the report goes to the body its category and
 * commune are routed to, or to the triage queue, never lost; the receipt and the body's
 * notice leave once the filing commits; every report is an act of participation.
 */
@Service
public class FeedbackFiling {

	/** What a person (or staff for her) fills in. */
	public record NewReport(String category, String commune, String aboutCode, String place, String description,
			String language, boolean publishName, String contactEmail, String contactPhone, List<Upload> photos,
			DemographicSnapshot declared) {
	}

	/** A photo as received from the form. */
	public record Upload(String fileName, byte[] content) {
	}

	/**
	 * A filed report's number and, for a report without an account, the secret of its
	 * link (null otherwise, and when the same form was sent again).
	 */
	public record Filed(String number, String key) {
	}

	private static final String PHONE = "^\\+?[0-9][0-9 .-]{6,18}[0-9]$";

	/** How many photos a report may carry. */
	public static final int MAX_PHOTOS = 3;

	private final JdbcClient jdbc;

	private final Categories categories;

	private final Territories territories;

	private final Dues dues;

	private final CaseSteps steps;

	private final Participations participations;

	private final Accounts accounts;

	private final FileStorage files;

	private final ReportKeys keys;

	private final FeedbackNotices notices;

	private final AuditLog audit;

	private final Permissions permissions;

	private final Clock clock;

	private final long maxPhotoBytes;

	FeedbackFiling(JdbcClient jdbc, Categories categories, Territories territories, Dues dues, CaseSteps steps,
			Participations participations, Accounts accounts, FileStorage files, ReportKeys keys,
			FeedbackNotices notices, AuditLog audit, Permissions permissions, Clock clock,
			@Value("${sawa.feedback.max-photo-bytes:5242880}") long maxPhotoBytes) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.territories = territories;
		this.dues = dues;
		this.steps = steps;
		this.participations = participations;
		this.accounts = accounts;
		this.files = files;
		this.keys = keys;
		this.notices = notices;
		this.audit = audit;
		this.permissions = permissions;
		this.clock = clock;
		this.maxPhotoBytes = maxPhotoBytes;
	}

	public long maxPhotoBytes() {
		return maxPhotoBytes;
	}

	/**
	 * A person files online, signed in ({@code reporterId}) or not; a form sent again
	 * with the same key answers the report it filed the first time and files nothing
	 * more.
	 */
	@Transactional
	public Filed file(NewReport report, Long reporterId, UUID submission) {
		if (submission != null) {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:k))")
				.param("k", submission.toString())
				.query()
				.listOfRows();
			Optional<String> filed = jdbc.sql("SELECT number FROM feedback_report WHERE submission_key = :k")
				.param("k", submission)
				.query(String.class)
				.optional();
			if (filed.isPresent()) {
				return new Filed(filed.get(), null);
			}
		}
		Clean clean = check(report, reporterId == null);
		String salt = reporterId == null ? keys.newSalt() : null;
		DemographicSnapshot snapshot = reporterId != null ? participations.snapshot(reporterId, clock.instant())
				: declared(report.declared());
		String name = reporterId != null && report.publishName()
				? accounts.contact(reporterId).map(Accounts.Contact::displayName).orElse("") : "";
		return insert(clean, "online", LocalDate.now(clock), reporterId, name, salt, submission,
				reporterId == null ? 0 : reporterId, snapshot);
	}

	/**
	 * Staff type a report made by phone, on paper or at the counter, received on the day
	 * it was made (not in the future, within a year): the caller's e-mail or phone to
	 * tell her, what she chose to say of herself. Audited.
	 */
	@Transactional
	public Filed fileForCaller(NewReport report, String channel, LocalDate receivedOn, long staffId) {
		Refusals refusals = new Refusals();
		if (channel == null || channel.equals("online") || !Report.CHANNELS.contains(channel)) {
			refusals.add("channel", "validation.option");
		}
		LocalDate today = LocalDate.now(clock);
		if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(today.minusYears(1))) {
			refusals.add("receivedOn", "feedback.error.receivedOn");
		}
		Clean clean;
		try {
			clean = check(report, false);
		}
		catch (Refusals more) {
			more.all().forEach(refusals::add);
			throw refusals;
		}
		refusals.throwIfAny();
		if (!permissions.hasAny(staffId, clean.commune().id(), Role.STAFF, Role.ADMIN)) {
			throw new FeedbackRefused("commune", "feedback.error.notStaff").asDenial();
		}
		Filed filed = insert(clean, channel, receivedOn, null, "", keys.newSalt(), null, staffId,
				declared(report.declared()));
		audit.append("person:" + staffId, "feedback.report.typed", "feedback:" + filed.number(), channel);
		return filed;
	}

	/** A checked report, its photos cleaned, ready to insert. */
	private record Clean(Category category, Territory commune, String aboutCode, String place, String description,
			String language, String email, String phone, List<byte[]> photos, List<String> photoNames) {
	}

	private Clean check(NewReport r, boolean needsContact) {
		Refusals refusals = new Refusals();
		Category category = categories.byCode(r.category()).filter(Category::active).orElse(null);
		if (category == null) {
			refusals.add("category", "feedback.error.category");
		}
		Territory commune = territories.byCode(r.commune() == null ? "" : r.commune().trim())
			.filter(t -> t.level() == Level.COMMUNE)
			.orElse(null);
		if (commune == null) {
			refusals.add("commune", "feedback.error.commune");
		}
		String description = Texts.cleanOrEmpty(r.description());
		if (Texts.length(description) < 10 || Texts.length(description) > 5000) {
			refusals.add("description", "feedback.error.description", 10, 5000);
		}
		String place = Texts.cleanOrEmpty(r.place());
		if (Texts.length(place) > 300) {
			refusals.add("place", "feedback.error.place", 300);
		}
		String about = Texts.cleanOrEmpty(r.aboutCode());
		if (about.length() > 60) {
			refusals.add("aboutCode", "feedback.error.about");
		}
		String email = Texts.cleanOrEmpty(r.contactEmail());
		String phone = Texts.cleanOrEmpty(r.contactPhone());
		if (!email.isEmpty() && !Emails.looksValid(email)) {
			refusals.add("contactEmail", "validation.email");
		}
		if (!phone.isEmpty() && !phone.matches(PHONE)) {
			refusals.add("contactPhone", "feedback.error.phone");
		}
		if (needsContact && email.isEmpty() && phone.isEmpty()) {
			refusals.add("contactEmail", "feedback.error.contact");
		}
		List<Upload> uploads = r.photos() == null ? List.of()
				: r.photos().stream().filter(p -> p.content() != null && p.content().length > 0).toList();
		List<byte[]> photos = photos(uploads, refusals);
		refusals.throwIfAny();
		String language = r.language() != null && List.of("ar", "fr", "en", "zgh").contains(r.language()) ? r.language()
				: "ar";
		return new Clean(category, commune, about, place, description, language,
				email.isEmpty() ? "" : Emails.normalise(email), phone, photos,
				uploads.stream().map(Upload::fileName).toList());
	}

	/**
	 * The photos cleaned of their metadata, or the first problem at the photos field: too
	 * many, empty, too large, not a JPEG or PNG picture.
	 */
	private List<byte[]> photos(List<Upload> uploads, Refusals refusals) {
		List<byte[]> photos = new java.util.ArrayList<>();
		if (uploads.size() > MAX_PHOTOS) {
			refusals.add("photos", "feedback.error.photoCount", MAX_PHOTOS);
			return photos;
		}
		for (Upload upload : uploads) {
			try {
				if (upload.content().length > maxPhotoBytes) {
					throw new FileRefused("tooLarge");
				}
				photos.add(Photos.clean(upload.content()));
			}
			catch (FileRefused refused) {
				refusals.add("photos", "feedback.error.photo." + refused.reason(), upload.fileName(),
						maxPhotoBytes / (1024 * 1024));
				break;
			}
		}
		return photos;
	}

	/**
	 * Writes the report, its photos and its first step, counts its author in the lens as
	 * she described herself, and tells her and the body once this commits; answers its
	 * number and the key of its link (none without a salt).
	 */
	private Filed insert(Clean c, String channel, LocalDate receivedOn, Long reporterId, String publicName, String salt,
			UUID submission, long actorId, DemographicSnapshot who) {
		String number = newNumber(receivedOn);
		Optional<InfoBody> body = categories.bodyFor(c.category(), c.commune());
		Dues.Days due = body.map(b -> dues.from(b.id(), c.category(), receivedOn)).orElse(null);
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc
			.sql("""
					INSERT INTO feedback_report (number, category_id, territory_id, body_id, about_code, place, description,
					  language, channel, reporter_id, contact_email, contact_phone, public_name, key_salt, status, received_on,
					  routed_on, acknowledge_due_on, answer_due_on, submission_key, created_at, updated_at)
					VALUES (:number, :category, :territory, :body, :about, :place, :description, :language, :channel, :reporter,
					  :email, :phone, :name, :key, 'received', :received, :routed, :ack, :answer, :submission, :now, :now)
					RETURNING id""")
			.param("number", number)
			.param("category", c.category().id())
			.param("territory", c.commune().id())
			.param("body", body.map(InfoBody::id).orElse(null))
			.param("about", c.aboutCode())
			.param("place", c.place())
			.param("description", c.description())
			.param("language", c.language())
			.param("channel", channel)
			.param("reporter", reporterId)
			.param("email", c.email())
			.param("phone", c.phone())
			.param("name", publicName)
			.param("key", salt)
			.param("received", receivedOn)
			.param("routed", body.isPresent() ? receivedOn : null)
			.param("ack", due == null ? null : due.acknowledge())
			.param("answer", due == null ? null : due.answer())
			.param("submission", submission)
			.param("now", now)
			.query(Long.class)
			.single();
		for (int i = 0; i < c.photos().size(); i++) {
			long file = files.store(c.photoNames().get(i), c.photos().get(i), Photos.TYPES, maxPhotoBytes).id();
			jdbc.sql("INSERT INTO feedback_photo (report_id, file_id) VALUES (:r, :f)")
				.param("r", id)
				.param("f", file)
				.update();
		}
		steps.record(FeedbackStatus.CASE,
				Step.of(id, FeedbackStatus.RECEIVED, FeedbackStatus.RECEIVED)
					.by(actorId)
					.onUnchecked(receivedOn)
					.note(""));
		participations.record("feedback.report", c.commune().id(), who, clock.instant());
		notices.received(id);
		return new Filed(number, salt == null ? null : keys.key(id, salt));
	}

	private String newNumber(LocalDate on) {
		long next = jdbc.sql("SELECT nextval('feedback_number_seq')").query(Long.class).single();
		return "S-" + on.getYear() + "-" + String.format("%05d", next);
	}

	/**
	 * What a person without an account (or staff for her) chose to say of herself, each
	 * answer one of the options or not stated.
	 */
	static DemographicSnapshot declared(DemographicSnapshot declared) {
		if (declared == null) {
			return DemographicSnapshot.notStated();
		}
		return new DemographicSnapshot(option("sex", declared.sex()), option("age_band", declared.ageBand()),
				option("disability", declared.disability()), option("area", declared.area()));
	}

	private static String option(String dimension, String value) {
		return value != null && DemographicSnapshot.OPTIONS.get(dimension).contains(value) ? value
				: DemographicSnapshot.NOT_STATED;
	}

}
