package org.sawa.feedback;

import java.time.LocalDate;
import org.sawa.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The days a body must acknowledge and answer a report by: its targets for the report's
 * category, in working days from the day it received the report (Sawa's calendar:
 * weekends and the holidays administrators keep).
 */
@Component
class Dues {

	/** The two days a body must act by. */
	record Days(LocalDate acknowledge, LocalDate answer) {
	}

	private final Categories categories;

	private final WorkingDays workingDays;

	Dues(Categories categories, WorkingDays workingDays) {
		this.categories = categories;
		this.workingDays = workingDays;
	}

	Days from(long bodyId, Category category, LocalDate received) {
		Categories.Target target = categories.targetFor(bodyId, category);
		return new Days(workingDays.deadline(received, target.acknowledgeDays()),
				workingDays.deadline(received, target.answerDays()));
	}

	/** The day a reopened report must be answered again by: the answer target anew. */
	LocalDate answerAgain(long bodyId, Category category, LocalDate reopened) {
		return workingDays.deadline(reopened, categories.targetFor(bodyId, category).answerDays());
	}

}
