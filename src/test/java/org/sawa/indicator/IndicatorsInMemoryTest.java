package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sawa.indicator.Names.names;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicators and the dimensions are read from memory (ADR 0036's addendum): a change
 * made by hand in the database reaches the pages within moments, and the transaction that
 * defines an indicator reads what it wrote without a copy ever holding what it rolled
 * back.
 */
@SawaTest
class IndicatorsInMemoryTest {

	@Autowired
	Indicators indicators;

	@Autowired
	Dimensions dimensions;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Owner owner;

	@Test
	void indicators_and_dimensions_come_from_memory_and_a_change_in_the_database_reaches_the_pages() throws Exception {
		// the same object twice: no read of the database
		assertThat(indicators.byCode("YOUTH_TRAINED").orElseThrow())
			.isSameAs(indicators.byCode("YOUTH_TRAINED").orElseThrow());
		assertThat(dimensions.byCode("sex").orElseThrow()).isSameAs(dimensions.byCode("sex").orElseThrow());
		assertThat(indicators.optionNames("sex", "fr")).containsEntry("female", "Femmes");
		try {
			owner.jdbc()
				.sql("UPDATE dimension_option SET name_fr = 'Femmes (libellé corrigé)'"
						+ " WHERE dimension_code = 'sex' AND code = 'female'")
				.update();
			String page = "";
			for (int attempt = 0; attempt < 50 && !page.contains("Femmes (libellé corrigé)"); attempt++) {
				Thread.sleep(100);
				page = mvc.get()
					.uri("/territories/MA-05/indicators/YOUTH_TRAINED?by=sex&lang=fr")
					.exchange()
					.getResponse()
					.getContentAsString();
			}
			assertThat(page).contains("Femmes (libellé corrigé)");
			assertThat(indicators.optionNames("sex", "fr")).containsEntry("female", "Femmes (libellé corrigé)");
			assertThat(dimensions.byCode("sex").orElseThrow().options().get(0).names()).containsEntry("fr",
					"Femmes (libellé corrigé)");
		}
		finally {
			owner.jdbc()
				.sql("UPDATE dimension_option SET name_fr = 'Femmes' WHERE dimension_code = 'sex' AND code = 'female'")
				.update();
		}
	}

	@Test
	void the_transaction_that_defines_an_indicator_reads_it_and_a_rolled_back_one_leaves_no_trace() {
		Indicator ghost = new Indicator("T.GHOST", names("Ghost"), names("A ghost"), "count", "sum", null, null,
				"higher", null, "", "", List.of("sex"));
		assertThat(indicators.byCode("T.GHOST")).isEmpty();
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			indicators.define(ghost, "test");
			// read inside the transaction that wrote it, not from the copy
			assertThat(indicators.byCode("T.GHOST")).contains(ghost);
			assertThat(indicators.all()).contains(ghost);
			throw new IllegalStateException("the officer's action failed after the definition");
		})).isInstanceOf(IllegalStateException.class);
		// what the rolled-back transaction read was not kept
		assertThat(indicators.byCode("T.GHOST")).isEmpty();
		assertThat(indicators.all()).extracting(Indicator::code).doesNotContain("T.GHOST");

		Indicator kept = new Indicator("T.KEPT", names("Kept"), names("Kept"), "count", "sum", null, null, "higher",
				null, "", "", List.of("area", "sex"));
		indicators.define(kept, "test");
		// this node drops its copy when the transaction ends, without waiting for the
		// announcement
		assertThat(indicators.byCode("T.KEPT")).contains(kept);
		Indicator renamed = new Indicator("T.KEPT", names("Kept, renamed"), names("Kept"), "count", "sum", null, null,
				"higher", null, "", "", List.of("area", "sex"));
		indicators.define(renamed, "test");
		assertThat(indicators.byCode("T.KEPT").orElseThrow().names()).containsEntry("fr", "Kept, renamed");
	}

	@Test
	void an_officer_dimension_saved_is_read_at_once_with_its_options() {
		dimensions.save(
				new Dimension("t_cached", names("Cached"), false,
						List.of(new Dimension.Option("one", names("One")), new Dimension.Option("two", names("Two")))),
				"test");
		assertThat(indicators.options()).containsKey("t_cached");
		assertThat(indicators.options().get("t_cached")).containsExactly("one", "two", Dimension.NOT_STATED);
		assertThat(indicators.dimensionNames("fr")).containsEntry("t_cached", "Cached");
		dimensions.save(new Dimension("t_cached", names("Cached"), false,
				List.of(new Dimension.Option("two", names("Two")), new Dimension.Option("three", names("Three")))),
				"test");
		assertThat(indicators.optionNames("t_cached", "en")).containsExactly(Map.entry("two", "Two"),
				Map.entry("three", "Three"), Map.entry(Dimension.NOT_STATED, "Not stated"));
	}

}
