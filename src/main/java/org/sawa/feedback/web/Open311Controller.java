package org.sawa.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Category;
import org.sawa.feedback.OpenReports;
import org.sawa.feedback.OpenReports.OpenReport;
import org.sawa.feedback.Reports;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Open311 GeoReport v2, read only, so that the tools that read city reports read Sawa's:
 * the services (the categories, in the language asked for) and the service requests (the
 * reports, as published: no one's identity or contact), in JSON or XML, a jurisdiction
 * being a territory's code. Sawa keeps no map: a request's address is its place and
 * commune, without coordinates. Errors are GeoReport errors ({@code code},
 * {@code description}).
 */
@RestController
class Open311Controller {

	private static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Categories categories;

	private final OpenReports open;

	private final Territories territories;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final String baseUrl;

	private final java.time.Clock clock;

	Open311Controller(java.time.Clock clock, Categories categories, OpenReports open, Territories territories,
			MessageSource messages, ObjectMapper json, @Value("${sawa.base-url}") String baseUrl) {
		this.categories = categories;
		this.open = open;
		this.territories = territories;
		this.messages = messages;
		this.json = json;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@GetMapping("/open311/v2/discovery.{format:json|xml}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", baseUrl + "/open311/v2");
		endpoint.put("changeset", "2026-12-03T00:00:00Z");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-12-03T00:00:00Z");
		discovery.put("contact", baseUrl + "/about");
		discovery.put("key_service", "none: read only, no key needed");
		discovery.put("endpoints", List.of(endpoint));
		return answer(format, "discovery", "endpoint", List.of(discovery));
	}

	@GetMapping("/open311/v2/services.{format:json|xml}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Locale locale) {
		if (jurisdiction != null && territories.byCode(jurisdiction).isEmpty()) {
			return error(format, HttpStatus.NOT_FOUND, "jurisdiction_id not found");
		}
		List<Map<String, Object>> services = new ArrayList<>();
		for (Category c : categories.active()) {
			services.add(service(c, locale));
		}
		return answer(format, "services", "service", services);
	}

	private Map<String, Object> service(Category c, Locale locale) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("service_code", c.code());
		s.put("service_name", c.name(locale));
		s.put("description", c.name(locale));
		s.put("metadata", false);
		s.put("type", "realtime");
		s.put("keywords", c.about());
		s.put("group", messages.getMessage("feedback.about." + c.about(), null, c.about(), locale));
		return s;
	}

	@GetMapping("/open311/v2/services/{code}.{format:json|xml}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
		if (categories.byCode(code).filter(Category::active).isEmpty()) {
			return error(format, HttpStatus.NOT_FOUND, "service_code not found");
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", code);
		definition.put("attributes", List.of());
		return answer(format, "service_definition", null, List.of(definition));
	}

	@GetMapping("/open311/v2/requests.{format:json|xml}")
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String service,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(required = false) String status, Locale locale) {
		List<Long> within = null;
		if (jurisdiction != null) {
			Territory place = territories.byCode(jurisdiction).orElse(null);
			if (place == null) {
				return error(format, HttpStatus.NOT_FOUND, "jurisdiction_id not found");
			}
			within = territories.subtree(place.id());
		}
		Long category = null;
		if (service != null) {
			category = categories.byCode(service).map(Category::id).orElse(null);
			if (category == null) {
				return error(format, HttpStatus.NOT_FOUND, "service_code not found");
			}
		}
		if (status != null && !List.of("open", "closed").contains(status)) {
			return error(format, HttpStatus.BAD_REQUEST, "status must be open or closed");
		}
		LocalDate from;
		LocalDate to;
		try {
			from = start == null ? null : LocalDate.parse(start.substring(0, Math.min(10, start.length())));
			to = end == null ? null : LocalDate.parse(end.substring(0, Math.min(10, end.length())));
		}
		catch (RuntimeException ex) {
			return error(format, HttpStatus.BAD_REQUEST, "start_date and end_date are W3C dates");
		}
		List<String> numbers = ids == null ? null
				: Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (numbers == null && from == null && to == null) {
			// GeoReport's default: the last 90 days
			to = LocalDate.now(clock);
			from = to.minusDays(90);
		}
		List<OpenReport> found = open.find(new Reports.Filter(within, category, null, status, from, to, numbers), 1000);
		Map<String, Category> kinds = byCode();
		return answer(format, "service_requests", "request",
				found.stream().map(r -> request(r, kinds.get(r.category()), locale)).toList());
	}

	@GetMapping("/open311/v2/requests/{id}.{format:json|xml}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Locale locale) {
		List<OpenReport> found = open.find(new Reports.Filter(null, null, null, null, null, null, List.of(id)), 1);
		if (found.isEmpty()) {
			return error(format, HttpStatus.NOT_FOUND, "service_request_id not found");
		}
		return answer(format, "service_requests", "request",
				List.of(request(found.get(0), byCode().get(found.get(0).category()), locale)));
	}

	/** Every category by its code, read once per answer. */
	private Map<String, Category> byCode() {
		Map<String, Category> byCode = new LinkedHashMap<>();
		categories.all().forEach(c -> byCode.put(c.code(), c));
		return byCode;
	}

	private Map<String, Object> request(OpenReport r, Category category, Locale locale) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", r.number());
		m.put("status", r.open() ? "open" : "closed");
		m.put("status_notes", r.lastAnswer());
		m.put("service_name", category.name(locale));
		m.put("service_code", r.category());
		m.put("description", r.description());
		m.put("agency_responsible", r.bodyName());
		m.put("service_notice", "");
		m.put("requested_datetime", W3C.format(r.createdAt().atZone(ZONE)));
		m.put("updated_datetime", W3C.format(r.updatedAt().atZone(ZONE)));
		m.put("expected_datetime", r.nextDueOn() == null ? "" : W3C.format(r.nextDueOn().atTime(17, 0).atZone(ZONE)));
		m.put("address", r.place().isEmpty() ? r.communeName() : r.place() + ", " + r.communeName());
		m.put("address_id", r.commune());
		m.put("zipcode", "");
		m.put("media_url", r.photoIds().isEmpty() ? ""
				: baseUrl + "/feedback/reports/" + r.number() + "/photos/" + r.photoIds().get(0));
		return m;
	}

	private ResponseEntity<String> answer(String format, String root, String item, List<Map<String, Object>> list) {
		if (format.equals("json")) {
			Object body = item == null ? list.get(0) : list;
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header("Access-Control-Allow-Origin", "*")
				.body(json.writeValueAsString(body));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
		for (Map<String, Object> entry : list) {
			if (item != null) {
				xml.append('<').append(item).append('>');
			}
			entry.forEach((name, value) -> element(xml, name, value));
			if (item != null) {
				xml.append("</").append(item).append('>');
			}
		}
		xml.append("</").append(root).append(">\n");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
			.header("Access-Control-Allow-Origin", "*")
			.body(xml.toString());
	}

	@SuppressWarnings("unchecked")
	private static void element(StringBuilder xml, String name, Object value) {
		if (value instanceof List<?> list) {
			xml.append('<').append(name).append('>');
			for (Object each : list) {
				if (each instanceof Map<?, ?> map) {
					xml.append("<")
						.append(name.endsWith("s") ? name.substring(0, name.length() - 1) : "item")
						.append('>');
					((Map<String, Object>) map).forEach((n, v) -> element(xml, n, v));
					xml.append("</")
						.append(name.endsWith("s") ? name.substring(0, name.length() - 1) : "item")
						.append('>');
				}
				else {
					element(xml, "format", each);
				}
			}
			xml.append("</").append(name).append('>');
			return;
		}
		xml.append('<')
			.append(name)
			.append('>')
			.append(escape(String.valueOf(value)))
			.append("</")
			.append(name)
			.append('>');
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private ResponseEntity<String> error(String format, HttpStatus status, String description) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("code", status.value());
		e.put("description", description);
		ResponseEntity<String> body = answer(format, "errors", "error", List.of(e));
		return ResponseEntity.status(status).headers(body.getHeaders()).body(body.getBody());
	}

}
