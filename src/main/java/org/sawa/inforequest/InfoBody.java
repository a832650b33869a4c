package org.sawa.inforequest;

import java.util.Locale;

/**
 * A body requests are addressed to: a territory's council or one of its services, with
 * its contact details.
 */
public record InfoBody(long id, String code, long territoryId, Long parentId, String nameAr, String nameFr,
		String nameEn, String nameZgh, String email, String phone, String address) {

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> nameAr;
			case "en" -> nameEn;
			case "zgh" -> nameZgh;
			default -> nameFr;
		};
	}
}
