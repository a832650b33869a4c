package org.sawa.indicator.internal;

import org.sawa.input.Figures;
import java.util.ArrayList;
import java.util.List;
import org.sawa.imports.Csv;
import org.sawa.indicator.Extracts;

/**
 * An extract as CSV:
 * {@code indicator,territory_code,year,<dimension>...,value,suppressed}, one line per
 * figure; an option left empty is the total over that dimension, a withheld figure has no
 * value and {@code suppressed=true}. Codes only, written through {@link Csv#cell} all the
 * same: an option code staff define cannot turn into a spreadsheet formula.
 */
public final class ExtractCsv {

	private ExtractCsv() {
	}

	public static String write(Extracts.Extract extract) {
		List<String> dimensions = new ArrayList<>(
				extract.by().stream().filter(a -> !Extracts.TERRITORY.equals(a)).toList());
		extract.filters().keySet().forEach(dimensions::add);
		StringBuilder csv = new StringBuilder("indicator,territory_code,year");
		dimensions.forEach(d -> csv.append(',').append(d));
		csv.append(",value,suppressed\r\n");
		for (Extracts.Row row : extract.rows()) {
			csv.append(Csv.cell(extract.indicator().code()))
				.append(',')
				.append(Csv.cell(row.territory()))
				.append(',')
				.append(row.year());
			for (String dimension : dimensions) {
				csv.append(',')
					.append(Csv
						.cell(row.options().getOrDefault(dimension, extract.filters().getOrDefault(dimension, ""))));
			}
			csv.append(',')
				.append(Figures.plain(row.value(), extract.indicator().unit()))
				.append(',')
				.append(row.suppressed())
				.append("\r\n");
		}
		return csv.toString();
	}

}
