package org.sawa.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a person types finds a name however either is written: accents, case, Arabic vowel
 * marks and letter forms, and the common Latin transliterations of one name.
 */
class SearchFoldingTest {

	@Test
	void accents_case_and_punctuation_do_not_matter() {
		assertThat(SearchFolding.fold("Béni-Mellal – Khénifra")).isEqualTo("beni mellal khenifra");
		assertThat(SearchFolding.fold("  FQUIH  BEN SALAH ")).isEqualTo("fquih ben salah");
		assertThat(SearchFolding.fold(null)).isEmpty();
	}

	@Test
	void arabic_vowel_marks_tatweel_and_letter_forms_fold_as_arabic_search_does() {
		assertThat(SearchFolding.fold("أَزِيلَال")).isEqualTo(SearchFolding.fold("ازيلال"));
		assertThat(SearchFolding.fold("إقليم")).isEqualTo("اقليم");
		assertThat(SearchFolding.fold("آيت")).isEqualTo("ايت");
		assertThat(SearchFolding.fold("جهة")).isEqualTo("جهه");
		assertThat(SearchFolding.fold("مصطفى")).isEqualTo("مصطفي");
		assertThat(SearchFolding.fold("بنـــي")).isEqualTo("بني");
		assertThat(SearchFolding.fold("ⵏⴰⵓⵔ")).as("Tifinagh stays as it is").isEqualTo("ⵏⴰⵓⵔ");
	}

	@Test
	void transliterations_of_one_name_share_a_skeleton() {
		assertThat(SearchFolding.skeleton("Bni Mellal")).isEqualTo(SearchFolding.skeleton("Béni Mellal"));
		assertThat(SearchFolding.skeleton("Naor")).isEqualTo(SearchFolding.skeleton("Naour"));
		assertThat(SearchFolding.skeleton("Khenifra")).isNotEqualTo(SearchFolding.skeleton("Azilal"));
	}

}
