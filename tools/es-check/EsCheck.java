import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Loads ArchiveSearch's cluster export into Lucene 8.8 (the engine of Elasticsearch 7.10) with the exact-match
 * analysis chain the exported index template defines, and answers exact strings as a cluster would
 * (a match_phrase on each exact field, the best of them): one JSON line per string with the ids it finds.
 *
 * usage: EsCheck TEMPLATE.json BULKDIR STRINGS.txt [text|author]
 * (text: the fields the template's _meta names for a typed string; author: those it names for author:)
 */
public final class EsCheck {
    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: EsCheck TEMPLATE.json BULKDIR STRINGS.txt [text|author]");
            System.exit(2);
        }
        Map<String, Object> template = obj(new Json(Files.readString(Paths.get(args[0]))).value());
        Map<String, Object> body = obj(template.get("template"));
        Map<String, Object> analysis = obj(obj(body.get("settings")).get("analysis"));
        String exactName = (String) obj(template.get("_meta")).get("exact_analyzer");
        Analyzer exact = chain(analysis, exactName);

        List<String> exactFields = new ArrayList<>();
        collectExactFields(obj(obj(body.get("mappings")).get("properties")), "", exactName, exactFields);
        List<String> queryFields = new ArrayList<>();
        String which = args.length == 4 ? args[3] : "text";
        Object named = obj(template.get("_meta")).get("exact_" + which + "_fields");
        if (named == null) throw new IllegalArgumentException("the template's _meta names no exact_" + which + "_fields");
        for (Object f : (List<?>) named) queryFields.add((String) f);

        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int docs = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(exact))) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(Paths.get(args[1]), "bulk-*.ndjson")) {
                stream.forEach(files::add);
            }
            files.sort(null);
            for (Path file : files) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    String action;
                    while ((action = reader.readLine()) != null) {
                        String id = (String) obj(obj(new Json(action).value()).get("index")).get("_id");
                        Map<String, Object> source = obj(new Json(reader.readLine()).value());
                        Document doc = new Document();
                        doc.add(new StringField("_id", id, Field.Store.YES));
                        for (String field : exactFields)
                            for (String value : valuesAt(source, field))
                                doc.add(new TextField(field, value, Field.Store.NO));
                        writer.addDocument(doc);
                        docs++;
                    }
                }
            }
        }

        QueryBuilder builder = new QueryBuilder(exact);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StringBuilder out = new StringBuilder();
            for (String line : Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8)) {
                if (line.isEmpty()) continue;
                List<Query> perField = new ArrayList<>();
                for (String field : queryFields) {
                    Query q = builder.createPhraseQuery(field, line);
                    if (q != null) perField.add(q);
                }
                TreeSet<String> ids = new TreeSet<>();
                if (!perField.isEmpty()) {
                    Query query = new DisjunctionMaxQuery(perField, 0f);
                    searcher.search(query, new SimpleCollector() {
                        private org.apache.lucene.index.LeafReader leaf;
                        @Override protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) { leaf = context.reader(); }
                        @Override public void collect(int doc) throws IOException { ids.add(leaf.document(doc).get("_id")); }
                        @Override public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
                    });
                }
                out.setLength(0);
                out.append("{\"q\":").append(quote(line)).append(",\"ids\":[");
                boolean first = true;
                for (String id : ids) { if (!first) out.append(','); out.append(quote(id)); first = false; }
                out.append("]}");
                System.out.println(out);
            }
        }
        System.err.println("{\"lucene\":\"" + org.apache.lucene.util.Version.LATEST + "\",\"documents\":" + docs + ",\"exact_fields\":" + exactFields.size() + "}");
    }

    /** The analyzer the template names, built from its char filters, tokenizer and filters; a part it cannot build stops the check. */
    static Analyzer chain(Map<String, Object> analysis, String name) {
        Map<String, Object> def = obj(obj(analysis.get("analyzer")).get(name));
        if (def == null) throw new IllegalArgumentException("no analyzer " + name + " in the template");
        if (!"custom".equals(def.get("type"))) throw new IllegalArgumentException("analyzer " + name + " is not custom");
        List<NormalizeCharMap> maps = new ArrayList<>();
        for (Object cf : list(def.get("char_filter"))) {
            Map<String, Object> cfDef = obj(obj(analysis.get("char_filter")).get((String) cf));
            if (cfDef == null || !"mapping".equals(cfDef.get("type"))) throw new IllegalArgumentException("char filter " + cf + " is not a mapping");
            NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
            for (Object rule : list(cfDef.get("mappings"))) {
                String r = (String) rule;
                int arrow = r.indexOf("=>");
                b.add(r.substring(0, arrow).trim(), r.substring(arrow + 2).trim());
            }
            maps.add(b.build());
        }
        if (!"standard".equals(def.get("tokenizer"))) throw new IllegalArgumentException("tokenizer " + def.get("tokenizer") + " is not emulated");
        List<String> filters = new ArrayList<>();
        for (Object f : list(def.get("filter"))) filters.add((String) f);
        Map<String, Object> custom = obj(analysis.get("filter"));
        return new Analyzer() {
            @Override protected Reader initReader(String field, Reader reader) {
                for (NormalizeCharMap map : maps) reader = new MappingCharFilter(map, reader);
                return reader;
            }
            @Override protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream ts = tokenizer;
                for (String f : filters) {
                    Map<String, Object> fDef = custom == null ? null : obj(custom.get(f));
                    String type = fDef == null ? f : (String) fDef.get("type");
                    switch (type) {
                        case "cjk_width": ts = new CJKWidthFilter(ts); break;
                        case "lowercase": ts = new LowerCaseFilter(ts); break;
                        case "cjk_bigram": {
                            boolean unigrams = fDef != null && Boolean.TRUE.equals(fDef.get("output_unigrams"));
                            int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
                            ts = new CJKBigramFilter(ts, scripts, unigrams);
                            break;
                        }
                        default: throw new IllegalArgumentException("filter " + f + " is not emulated");
                    }
                }
                return new TokenStreamComponents(tokenizer, ts);
            }
            @Override public int getPositionIncrementGap(String field) { return 100; }  // Elasticsearch's default for text fields
        };
    }

    /** Paths of the text fields and subfields the template analyses with the exact analyzer (body.exact, authors.name.exact …). */
    static void collectExactFields(Map<String, Object> properties, String prefix, String analyzer, List<String> into) {
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            Map<String, Object> def = obj(e.getValue());
            String path = prefix + e.getKey();
            if (analyzer.equals(def.get("analyzer"))) into.add(path);
            if (def.get("fields") != null)
                for (Map.Entry<String, Object> sub : obj(def.get("fields")).entrySet())
                    if (analyzer.equals(obj(sub.getValue()).get("analyzer"))) into.add(path + "." + sub.getKey());
            if (def.get("properties") != null) collectExactFields(obj(def.get("properties")), path + ".", analyzer, into);
        }
    }

    /** The string values a document holds at a field path; a subfield (x.exact) reads its parent's value. */
    static List<String> valuesAt(Map<String, Object> source, String path) {
        List<Object> current = new ArrayList<>();
        current.add(source);
        for (String part : path.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object o : current) {
                if (!(o instanceof Map)) continue;
                Object v = ((Map<?, ?>) o).get(part);
                if (v instanceof List) next.addAll((List<?>) v); else if (v != null) next.add(v);
            }
            if (next.isEmpty()) break;  // a subfield: the parent's values stand
            current = next;
        }
        List<String> values = new ArrayList<>();
        for (Object o : current) if (o instanceof String) values.add((String) o);
        return values;
    }

    @SuppressWarnings("unchecked") static Map<String, Object> obj(Object o) { return (Map<String, Object>) o; }
    static List<?> list(Object o) { return o == null ? List.of() : (List<?>) o; }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Just enough JSON for the template and the bulk lines: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;
        Json(String s) { this.s = s; }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    skip();
                    if (s.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        skip();
                        String key = string();
                        skip(); expect(':');
                        m.put(key, value());
                        skip();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect('}');
                        return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect(']');
                        return l;
                    }
                }
                case '"': return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                    default: b.append(e);
                }
            }
        }

        private void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
            i++;
        }
    }
}
