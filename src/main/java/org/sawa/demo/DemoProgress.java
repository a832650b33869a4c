package org.sawa.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the demo's history is still being loaded in the background after start-up:
 * every page then says so (the layout's {@code demoPreparing}), since petitions,
 * requests, reports and the rest appear one after the other.
 */
@ControllerAdvice
@Profile("demo")
class DemoProgress {

	private volatile boolean preparing;

	void preparing(boolean now) {
		this.preparing = now;
	}

	@ModelAttribute("demoPreparing")
	boolean demoPreparing() {
		return preparing;
	}

}
