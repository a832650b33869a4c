package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.SourceFiles;

/**
 * Every user-visible string lives in the bundles: the four languages have the same keys,
 * every key a template or the Java code uses exists, and no template holds visible text
 * outside a message key.
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

	@Test
	void every_language_has_every_key_and_no_empty_value() throws IOException {
		Set<String> reference = load("en").stringPropertyNames();
		for (String language : LANGUAGES) {
			Properties bundle = load(language);
			assertThat(bundle.stringPropertyNames()).as("keys of messages_%s", language).isEqualTo(reference);
			assertThat(bundles(language)).as("bundles in %s", language).hasSameSizeAs(bundles("en"));
			bundle.forEach(
					(key, value) -> assertThat(value.toString().trim()).as("%s in %s", key, language).isNotEmpty());
		}
	}

	@Test
	void every_key_used_by_templates_and_code_exists() throws IOException {
		Set<String> known = load("en").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
		Pattern codeKey = Pattern.compile(
				"\"((?:validation|import|territory|account|admin|organisation|mail|profile|password|signup|login|rateLimit|confirm|error|info|file|council|capacity|commitment|report)\\.[a-zA-Z0-9_.]+)\"");
		Pattern annotationKey = Pattern.compile("\\{(validation\\.[a-zA-Z0-9_.]+)}");
		for (Path file : SourceFiles.under(RESOURCES.resolve("templates"), ".html")) {
			collect(templateKey, Files.readString(file), used);
		}
		Set<String> auditActions = new TreeSet<>();
		Pattern auditAction = Pattern.compile("(?:append\\([^,]+,|audited\\()\\s*\"([a-z.]+)\"");
		for (Path file : SourceFiles.under(Path.of("src/main/java"), ".java")) {
			String code = Files.readString(file);
			collect(codeKey, code, used);
			collect(annotationKey, code, used);
			collect(auditAction, code, auditActions);
		}
		used.removeAll(auditActions); // audit action names are data, not messages
		used.removeIf(key -> key.endsWith("."));
		assertThat(known).containsAll(used);
	}

	@Test
	void templates_hold_no_visible_text_outside_message_keys() throws IOException {
		Pattern text = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		List<String> offenders = new ArrayList<>();
		for (Path file : SourceFiles.under(RESOURCES.resolve("templates"), ".html")) {
			String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = text.matcher(html);
			while (matcher.find()) {
				String tag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:errors")
						|| tag.contains("th:replace") || tag.startsWith("<code") || tag.startsWith("<script")
						|| tag.startsWith("<style");
				if (!replaced) {
					offenders.add(file.getFileName() + ": " + matcher.group(1).trim());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static void collect(Pattern pattern, String source, Set<String> into) {
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	/** Every bundle of a language (the shared one and each module's) as one. */
	private static Properties load(String language) throws IOException {
		Properties all = new Properties();
		for (Path file : bundles(language)) {
			all.putAll(read(file));
		}
		return all;
	}

	private static List<Path> bundles(String language) throws IOException {
		return SourceFiles.under(RESOURCES.resolve("i18n"), "/messages_" + language + ".properties");
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** A module's bundle holds the keys of its prefixes, and only those. */
	static final Map<String, List<String>> PREFIXES = Map.ofEntries(
			Map.entry("petition", List.of("petition", "petitionRules")),
			Map.entry("inforequest", List.of("info", "infoRules")), Map.entry("council", List.of("council")),
			Map.entry("capacity", List.of("capacity")), Map.entry("report", List.of("report")),
			Map.entry("commitment", List.of("commitment")),
			Map.entry("indicator",
					List.of("indicator", "indicatorForm", "dashboard", "importJob", "dimensionForm", "compose",
							"dimension")),
			Map.entry("lens", List.of("who", "channel")), Map.entry("territory", List.of("territory")),
			Map.entry("account",
					List.of("account", "profile", "password", "signup", "login", "confirm", "organisation", "role",
							"privacy")),
			Map.entry("calendar", List.of("holiday", "calendar", "feast")), Map.entry("search", List.of("search")),
			Map.entry("consultation", List.of("consultation")), Map.entry("event", List.of("event")),
			Map.entry("follow", List.of("follow")), Map.entry("feedback", List.of("feedback")),
			Map.entry("budget", List.of("budget")), Map.entry("project", List.of("project")));

	@Test
	void each_module_keeps_its_own_keys_in_its_own_bundle_and_every_bundle_is_read() throws IOException {
		Map<String, String> owner = new java.util.HashMap<>();
		PREFIXES.forEach((module, prefixes) -> prefixes.forEach(prefix -> owner.put(prefix, module)));
		Set<String> seen = new TreeSet<>();
		for (Path file : bundles("en")) {
			String folder = RESOURCES.resolve("i18n").relativize(file.getParent()).toString();
			for (String key : read(file).stringPropertyNames()) {
				String module = owner
					.getOrDefault(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')), "");
				assertThat(folder).as("the bundle of %s", key).isEqualTo(module);
				assertThat(seen.add(key)).as("%s in one bundle only", key).isTrue();
			}
		}
		Properties application = read(RESOURCES.resolve("application.properties"));
		List<String> basenames = List.of(application.getProperty("spring.messages.basename").split("\\s*,\\s*"));
		for (Path file : bundles("en")) {
			String basename = RESOURCES.relativize(file).toString().replace("_en.properties", "");
			assertThat(basenames).as("spring.messages.basename reads %s", file).contains(basename);
		}
		assertThat(RESOURCES.resolve("i18n/messages.properties"))
			.as("no base bundle: the default language is the fallback")
			.doesNotExist();
	}

}
