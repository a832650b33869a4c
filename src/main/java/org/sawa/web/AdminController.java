package org.sawa.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration home: links to each module's admin pages. */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

	@GetMapping("/about/privacy")
	String privacy() {
		return "about/privacy";
	}

}
