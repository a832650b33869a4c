package org.sawa.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

	private static List<Csv.Row> read(String text, String... required) {
		List<Csv.Row> rows = new ArrayList<>();
		Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), List.of(required), rows::add);
		return rows;
	}

	@Test
	void reads_quoted_fields_with_commas_quotes_and_line_breaks() {
		List<Csv.Row> rows = read("code,name\nA,\"Béni Mellal, \"\"centre\"\"\"\nB,\"two\nlines\"\nC,plain\n", "code");
		assertThat(rows).extracting(r -> r.get("name"))
			.containsExactly("Béni Mellal, \"centre\"", "two\nlines", "plain");
		assertThat(rows).extracting(Csv.Row::line).containsExactly(2L, 3L, 5L);
	}

	@Test
	void accepts_semicolons_crlf_a_bom_and_header_case() {
		List<Csv.Row> rows = read("\uFEFFCode;Name_AR\r\nMA-05;جهة بني ملال خنيفرة\r\n", "code", "name_ar");
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.get("code")).isEqualTo("MA-05");
			assertThat(r.get("name_ar")).isEqualTo("جهة بني ملال خنيفرة");
		});
	}

	@Test
	void skips_blank_lines_and_reads_a_missing_last_column_as_empty() {
		List<Csv.Row> rows = read("a,b\n\n1\n2,3", "a");
		assertThat(rows).extracting(r -> r.get("b")).containsExactly("", "3");
	}

	@Test
	void refuses_a_header_without_a_required_column() {
		assertThatThrownBy(() -> read("a,b\n1,2\n", "a", "population")).isInstanceOfSatisfying(Csv.MalformedFile.class,
				e -> assertThat(e.arguments()).containsExactly("population"));
	}

	@Test
	void refuses_text_that_is_not_utf8() {
		byte[] latin1 = "code,name\nA,Béni\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> Csv.read(new ByteArrayInputStream(latin1), List.of("code"), r -> {
		})).isInstanceOfSatisfying(Csv.MalformedFile.class,
				e -> assertThat(e.messageKey()).isEqualTo("import.error.encoding"));
	}

	@Test
	void a_published_cell_that_a_spreadsheet_would_run_is_defused_and_reads_back_unchanged() {
		assertThat(Csv.cell("=HYPERLINK(\"http://evil.example\",\"x\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("+212600000000x")).isEqualTo("'+212600000000x");
		assertThat(Csv.cell("-x")).isEqualTo("'-x");
		assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
		// numbers keep their sign; plain text is left alone
		assertThat(Csv.cell("-12.5")).isEqualTo("-12.5");
		assertThat(Csv.cell("+3")).isEqualTo("+3");
		assertThat(Csv.cell("Béni Mellal")).isEqualTo("Béni Mellal");
		assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
		for (String value : List.of("=1+1", "@x", "-x", "+x", "-12", "texte", "'déjà")) {
			String written = "c\n" + Csv.cell(value) + "\n";
			assertThat(read(written, "c")).singleElement()
				.satisfies(r -> assertThat(Csv.undefuse(r.get("c"))).isEqualTo(value));
		}
	}

}
