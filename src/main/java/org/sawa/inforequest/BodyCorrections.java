package org.sawa.inforequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.input.Emails;
import org.sawa.audit.Corrections;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An information body's names and contact details corrected from the browser by an
 * administrator or one of its information officers: every field checked at once, the
 * correction kept with its reason as the body's next version ({@link Corrections}) and
 * shown on the body's public page.
 */
@Service
@Transactional
public class BodyCorrections {

	/** The corrected names (ar, fr, en, zgh) and contact details. */
	public record Correction(Map<String, String> names, String email, String phone, String address, String reason) {
	}

	private final JdbcClient jdbc;

	private final InfoBodies bodies;

	private final Corrections corrections;

	BodyCorrections(JdbcClient jdbc, InfoBodies bodies, Corrections corrections) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.corrections = corrections;
	}

	/** The subject a body's corrections are kept under. */
	public static String subject(InfoBody body) {
		return "info_body:" + body.code();
	}

	public void correct(long bodyId, Correction correction, long actorId) {
		InfoBody body = bodies.byId(bodyId).orElseThrow(() -> new InfoRequestRefused("", "info.error.body"));
		Refusals refusals = new Refusals();
		List<String> languages = List.of("ar", "fr", "en", "zgh");
		for (String language : languages) {
			String name = clean(correction.names().get(language));
			if (Texts.length(name) < 2 || Texts.length(name) > 200) {
				refusals.add("name_" + language, "info.error.bodyName");
			}
		}
		String email = clean(correction.email());
		if (!email.isEmpty() && !Emails.looksValid(email)) {
			refusals.add("email", "validation.email");
		}
		String phone = clean(correction.phone());
		if (!phone.matches("^[0-9 +().-]{0,30}$")) {
			refusals.add("phone", "info.error.phone");
		}
		String address = clean(correction.address());
		if (Texts.length(address) > 500) {
			refusals.add("address", "info.error.addressLong");
		}
		Corrections.checkReason(correction.reason(), refusals);
		refusals.throwIfAny();
		List<String> before = List.of(body.nameAr(), body.nameFr(), body.nameEn(), body.nameZgh());
		List<Corrections.Change> changes = new ArrayList<>();
		for (int i = 0; i < languages.size(); i++) {
			changes.add(Corrections.Change.of("name_" + languages.get(i), null, before.get(i),
					clean(correction.names().get(languages.get(i)))));
		}
		changes.add(Corrections.Change.of("email", null, body.email(), email));
		changes.add(Corrections.Change.of("phone", null, body.phone(), phone));
		changes.add(Corrections.Change.of("address", null, body.address(), address));
		corrections.record(subject(body), changes, correction.reason(), actorId);
		bodies.changing();
		jdbc.sql("""
				UPDATE info_body SET name_ar = :ar, name_fr = :fr, name_en = :en, name_zgh = :zgh, email = :email,
				  phone = :phone, address = :address WHERE id = :id""")
			.param("ar", clean(correction.names().get("ar")))
			.param("fr", clean(correction.names().get("fr")))
			.param("en", clean(correction.names().get("en")))
			.param("zgh", clean(correction.names().get("zgh")))
			.param("email", email)
			.param("phone", phone)
			.param("address", address)
			.param("id", bodyId)
			.update();
	}

	private static String clean(String text) {
		return text == null ? "" : text.trim().replaceAll("\\s+", " ");
	}

}
