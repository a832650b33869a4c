package org.sawa.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.ConsultationRefused;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.db.TextVersions;
import org.sawa.web.FormPage;
import org.sawa.web.Languages;
import org.sawa.web.VersionsPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff of a territory open a consultation with its phases (one row per kind of phase, in
 * the usual order; a row left empty is a phase the process does not have), then write it
 * in the other languages.
 */
@Controller
class ConsultationStaffController {

	private static final String NEW = "/consultations/new";

	private static final String TEXTS = "/consultations/{code}/texts";

	private final Processes processes;

	private final ProcessTexts texts;

	private final MessageSource messages;

	ConsultationStaffController(Processes processes, ProcessTexts texts, MessageSource messages) {
		this.processes = processes;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping(NEW)
	String form(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		var places = processes.territoriesOf(user.id());
		if (places.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("language", locale.getLanguage());
			for (int i = 0; i < Process.Phase.KINDS.size(); i++) {
				form.put("phase." + (i + 1) + ".kind", Process.Phase.KINDS.get(i));
			}
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("places", places);
		model.addAttribute("subjects", Process.SUBJECTS);
		model.addAttribute("kinds", Process.Phase.KINDS);
		model.addAttribute("languages", Languages.named());
		return "consultation/new";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String open(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		List<Processes.NewPhase> phases = new ArrayList<>();
		for (int i = 1; i <= Process.Phase.KINDS.size(); i++) {
			String prefix = "phase." + i + ".";
			phases.add(new Processes.NewPhase(form.get(prefix + "kind"), date(form, prefix + "startsOn"),
					date(form, prefix + "endsOn"), form.get(prefix + "description")));
		}
		String code = processes.open(new Processes.NewProcess(form.get("code"), form.get("territory"),
				form.get("subject"), form.get("title"), form.get("summary"), form.get("language"), phases), user.id());
		return "redirect:/consultations/" + code + "?opened";
	}

	private static LocalDate date(Map<String, String> form, String name) {
		String value = form.getOrDefault(name, "").strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new ConsultationRefused(name, "validation.date");
		}
	}

	private Process translatable(String code, String language, SawaUser user) {
		Process process = processes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!processes.staff(user.id(), process.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(language, process.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return process;
	}

	@GetMapping(TEXTS)
	String textsForm(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process p = translatable(code, language, user);
		List<VersionsPage.Field> fields = new ArrayList<>();
		for (ProcessTexts.Original o : texts.originals(p)) {
			fields.add(new VersionsPage.Field(o.field().key(), label(p, o.field().key(), locale), o.text()));
		}
		String page = "/consultations/" + code;
		return VersionsPage.fill(model, new VersionsPage.Record(code, p.title(), page, p.language(), page + "/texts"),
				language, fields, texts.written(p, language));
	}

	/** What a text of the process is, for the form that writes its version. */
	private String label(Process p, String key, Locale locale) {
		String n = key.replaceAll("[^0-9]", "");
		if (key.equals("title") || key.equals("summary")) {
			return messages.getMessage("consultation.field." + key, null, locale);
		}
		if (key.startsWith("p")) {
			return p.phases()
				.stream()
				.filter(ph -> ("p" + ph.position()).equals(key))
				.map(ph -> messages.getMessage("consultation.phase." + ph.kind(), null, locale))
				.findFirst()
				.orElse(key);
		}
		String which = key.startsWith("a") ? "consultation.texts.answer"
				: key.endsWith("o") ? "consultation.texts.options" : "consultation.texts.question";
		return messages.getMessage(which, new Object[] { n }, locale);
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String writeTexts(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		// only the fields' names are read from the form
		texts.write(translatable(code, language, user), language, form, user.id());
		return "redirect:/consultations/" + code + "?translated";
	}

}
