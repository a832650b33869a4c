package org.sawa.indicator;

import java.util.List;
import java.util.Map;

/**
 * A dimension data values are broken down by: built in (sex, age band, disability, area)
 * or defined by an officer (e.g. migrant status). Its options are in display order and
 * always end with "not stated".
 */
public record Dimension(String code, Map<String, String> names, boolean builtin, List<Option> options) {

	/** The option every dimension has, for people who did not say. */
	public static final String NOT_STATED = "not_stated";

	public record Option(String code, Map<String, String> names) {
	}
}
