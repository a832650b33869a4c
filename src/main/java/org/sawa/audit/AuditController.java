package org.sawa.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins read the log and verify its chain. */
@Controller
class AuditController {

	private static final int PAGE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		int safePage = Math.max(0, page);
		model.addAttribute("entries", log.latest(PAGE, safePage * PAGE));
		model.addAttribute("total", log.count());
		model.addAttribute("page", safePage);
		model.addAttribute("hasNext", (long) (safePage + 1) * PAGE < log.count());
		if (verify) {
			model.addAttribute("verification", log.verify());
		}
		return "admin/audit";
	}

}
