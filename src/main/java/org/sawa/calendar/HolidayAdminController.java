package org.sawa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.web.FormNames;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators keep the holiday calendar: the fixed national holidays are seeded,
 * religious holidays are added each year once announced, and any holiday can be corrected
 * or removed. Every legal deadline computed afterwards follows the calendar.
 */
@Controller
class HolidayAdminController {

	private final Clock clock;

	private final WorkingDays workingDays;

	HolidayAdminController(WorkingDays workingDays, Clock clock) {
		this.clock = clock;
		this.workingDays = workingDays;
	}

	@GetMapping("/admin/holidays")
	String list(@RequestParam(required = false) Integer year, Model model) {
		return page(year == null ? LocalDate.now(clock).getYear() : year, new LinkedHashMap<>(), Map.of(), model);
	}

	private String page(int year, Map<String, String> form, Map<String, String> errors, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("yearText", String.valueOf(year));
		model.addAttribute("holidays", workingDays.holidays(year));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", FormNames.LANGUAGES);
		return "admin/holidays";
	}

	@PostMapping("/admin/holidays")
	String add(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		try {
			day = LocalDate.parse(form.getOrDefault("day", "").trim());
			if (day.getYear() < 2000 || day.getYear() > 2100) {
				errors.put("day", "holiday.error.day");
			}
		}
		catch (DateTimeParseException ex) {
			errors.put("day", "holiday.error.day");
		}
		Map<String, String> names = FormNames.read(form, "", errors);
		String kind = form.getOrDefault("kind", "");
		if (!List.of("national", "religious").contains(kind)) {
			errors.put("kind", "validation.option");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("hasErrors", true);
			return page(day == null ? LocalDate.now(clock).getYear() : day.getYear(), form, errors, model);
		}
		workingDays.save(
				new Holiday(day, names, kind, form.getOrDefault("source", "").trim(), form.containsKey("to_confirm")),
				"person:" + user.id());
		return "redirect:/admin/holidays?year=" + day.getYear() + "&saved=" + day;
	}

	@PostMapping("/admin/holidays/remove")
	String remove(@AuthenticationPrincipal SawaUser user, @RequestParam String day) {
		LocalDate date;
		try {
			date = LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			return "redirect:/admin/holidays";
		}
		workingDays.remove(date, "person:" + user.id());
		return "redirect:/admin/holidays?year=" + date.getYear() + "&removed=" + date;
	}

}
