package org.sawa.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.web.FormNames;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
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

	private final ReligiousHolidays religious;

	HolidayAdminController(WorkingDays workingDays, ReligiousHolidays religious, Clock clock) {
		this.clock = clock;
		this.workingDays = workingDays;
		this.religious = religious;
	}

	@GetMapping("/admin/holidays")
	String list(@RequestParam(required = false) Integer year, Model model) {
		// a refused holiday: the year of the day typed, if it is a date
		LocalDate typed = FormValues.typed(model).map(form -> FormValues.date(form.get("day"))).orElse(null);
		int shown = typed != null ? typed.getYear() : year != null ? year : LocalDate.now(clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("yearText", String.valueOf(shown));
		model.addAttribute("holidays", workingDays.holidays(shown));
		model.addAttribute("languages", FormNames.LANGUAGES);
		model.addAttribute("calendarChecks", religious.unsettled());
		return "admin/holidays";
	}

	@PostMapping("/admin/holidays")
	@FormPage("/admin/holidays")
	String add(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		LocalDate day = FormValues.date(form.get("day"));
		workingDays.save(new Holiday(day, FormNames.read(form, ""), form.getOrDefault("kind", ""),
				form.getOrDefault("source", "").trim(), form.containsKey("to_confirm")), "person:" + user.id());
		return "redirect:/admin/holidays?year=" + day.getYear() + "&saved=" + day;
	}

	/** A provisional date confirmed as the one the Ministry announced. */
	@PostMapping("/admin/holidays/confirm")
	String confirm(@AuthenticationPrincipal SawaUser user, @RequestParam String day) {
		LocalDate date = FormValues.date(day);
		if (date == null || !workingDays.confirm(date, "person:" + user.id())) {
			return "redirect:/admin/holidays";
		}
		return "redirect:/admin/holidays?year=" + date.getYear() + "&confirmed=" + date;
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
