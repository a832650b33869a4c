package org.sawa.support;

import java.util.List;
import org.sawa.refusal.Refusals;
import org.sawa.refusal.Refused;

/**
 * What a service refused, as "field:message.key", for assertions on the exact reason
 * given.
 */
public final class Refusing {

	private Refusing() {
	}

	/**
	 * The refusal ("form" for the whole form; several of a whole-form check joined by
	 * commas), or "accepted".
	 */
	public static String reason(Runnable action) {
		try {
			action.run();
		}
		catch (Refused refused) {
			return refused.errorKey() + ":" + refused.messageKey();
		}
		catch (Refusals refusals) {
			return String.join(",", refusals.all().stream().map(r -> r.errorKey() + ":" + r.messageKey()).toList());
		}
		return "accepted";
	}

	/** Every refusal of a whole-form check; empty when accepted. */
	public static List<String> reasons(Runnable action) {
		try {
			action.run();
		}
		catch (Refusals refusals) {
			return refusals.all().stream().map(r -> r.field() + ":" + r.messageKey()).toList();
		}
		return List.of();
	}

}
