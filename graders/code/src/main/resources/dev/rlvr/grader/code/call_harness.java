// rlvr call harness for Java: the same protocol as call_harness.py. It is compiled together with the
// candidate's source (a file beside it), reads "<nonce>\n<request>" on stdin, finds the method by
// reflection (in class Solution, else a static then an instance method of any other top-level
// class, by argument count, then by which parameter types the arguments convert to), calls it once
// and prints "<nonce> <kind> <payload>" last. Only JDK values are written: boxed numbers, strings,
// arrays, and the JDK's own lists, sets and maps; a class of the candidate's is "U" whatever its
// equals() says, and writing a value never runs the candidate's code.
// Single-type imports only: a class the candidate declares would shadow a name a wildcard brings in.
// Java 17 syntax: the sandbox's javac may be that old.
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

public final class RlvrCallHarness {
  private static final int MAX_DEPTH = 400;

  private RlvrCallHarness() {}

  public static void main(String[] args) throws Exception {
    // Captured before any candidate class loads: it may replace System.out and System.err.
    Reporter reporter = new Reporter(new FileOutputStream(FileDescriptor.out), System.out, System.err);
    byte[] raw = System.in.readAllBytes();
    // Closing fd 0 points it at /dev/null (the JDK never really closes 0-2): the program cannot
    // reopen /proc/self/fd/0 to read the request again.
    System.in.close();
    System.setIn(new ByteArrayInputStream(new byte[0]));
    String text = new String(raw, StandardCharsets.UTF_8);
    int split = text.indexOf('\n');
    reporter.nonce = text.substring(0, Math.max(split, 0)).trim();
    @SuppressWarnings("unchecked")
    Map<String, Object> request = (Map<String, Object>) new Json(text.substring(split + 1)).parse();
    String name = String.valueOf(request.get("fn"));
    List<Object> arguments = Values.items(Values.decode(request.get("args")));
    Object kwargs = Values.decode(request.get("kwargs"));
    if (kwargs instanceof Map && !((Map<?, ?>) kwargs).isEmpty()) {
      reporter.report('N', Json.quote("Java methods take no keyword arguments"));
      return;
    }
    List<Class<?>> classes;
    try {
      classes = Candidate.classes();
    } catch (Throwable error) {
      reporter.report('L', reporter.failure(error));
      return;
    }
    Candidate.Call call = Candidate.find(classes, name, arguments);
    if (call.problem != null) {
      reporter.report('N', Json.quote(call.problem));
      return;
    }
    Object target;
    try {
      target = Candidate.target(call.found);
    } catch (Throwable error) {
      reporter.report('L', reporter.failure(unwrap(error)));
      return;
    }
    Object value;
    try {
      value = call.found.method.invoke(target, call.arguments);
    } catch (InvocationTargetException error) {
      reporter.report('E', reporter.failure(unwrap(error)));
      return;
    }
    String payload;
    try {
      payload = Values.encode(value);
    } catch (NotData why) {
      reporter.report('U', Json.quote(why.getMessage()));
      return;
    } catch (Throwable error) {
      reporter.report('E', reporter.failure(error));
      return;
    }
    reporter.report('R', payload);
  }

  /** The candidate's own exception, not reflection's wrapper around it. */
  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** Writes the one result line straight to fd 1 and stops the JVM before anything else can print. */
  private static final class Reporter {
    private final FileOutputStream stdout;
    private final PrintStream out;
    private final PrintStream err;
    private String nonce = "";

    Reporter(FileOutputStream stdout, PrintStream out, PrintStream err) {
      this.stdout = stdout;
      this.out = out;
      this.err = err;
    }

    /** Prints the candidate's exception to stderr, its class and message last; returns the class name. */
    String failure(Throwable error) {
      String type = error.getClass().getName();
      try {
        error.printStackTrace(err);
        String message = error.getMessage();
        err.println(message == null ? type : type + ": " + message.replace('\n', ' ').replace('\r', ' '));
      } catch (Throwable ignored) {
        err.println(type); // a message or a trace that throws in turn
      }
      return Json.quote(type);
    }

    void report(char kind, String payload) {
      flush(System.out);
      flush(out);
      flush(System.err);
      flush(err);
      byte[] line = ("\n" + nonce + " " + kind + " " + payload + "\n").getBytes(StandardCharsets.UTF_8);
      try {
        stdout.write(line);
      } catch (IOException ignored) {
        // nothing to report to: the result is missing
      }
      Runtime.getRuntime().halt(0); // no shutdown hook of the candidate's prints after this line
    }

    private static void flush(PrintStream stream) {
      try {
        stream.flush();
      } catch (Throwable ignored) {
        // a stream the candidate installed
      }
    }
  }

  /** A value that is not plain data, with what it is. */
  private static final class NotData extends Exception {
    NotData(String message) {
      super(message, null, false, false);
    }
  }

  /** An argument that does not convert to a parameter's type. */
  private static final class Mismatch extends Exception {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  /** Finding the candidate's classes and the method to call. */
  private static final class Candidate {
    /** A method and the class it was found through (the receiver's class when not static). */
    static final class Found {
      final Method method;
      final Class<?> owner;

      Found(Method method, Class<?> owner) {
        this.method = method;
        this.owner = owner;
      }
    }

    /** The chosen method with its converted arguments, or why there is none. */
    static final class Call {
      Found found;
      Object[] arguments;
      String problem;
    }

    /** Top-level classes compiled beside the harness: Solution first, then by name. */
    static List<Class<?>> classes() throws Exception {
      Path root = Paths.get(RlvrCallHarness.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root, 16)) {
        files.forEach(file -> {
          String relative = root.relativize(file).toString().replace('/', '.');
          if (relative.endsWith(".class") && relative.indexOf('$') < 0) {
            names.add(relative.substring(0, relative.length() - ".class".length()));
          }
        });
      }
      names.remove(RlvrCallHarness.class.getName());
      names.removeIf(name -> name.endsWith("module-info") || name.endsWith("package-info"));
      names.sort(Comparator.comparing((String name) -> !simpleName(name).equals("Solution"))
          .thenComparing(Comparator.naturalOrder()));
      List<Class<?>> classes = new ArrayList<>();
      for (String name : names) {
        classes.add(Class.forName(name, false, RlvrCallHarness.class.getClassLoader()));
      }
      return classes;
    }

    private static String simpleName(String name) {
      return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Solution's methods (static or not), then every other class's static, then instance methods. */
    static Call find(List<Class<?>> classes, String name, List<Object> arguments) {
      List<Found> methods = new ArrayList<>();
      for (Class<?> type : classes) {
        if (type.getSimpleName().equals("Solution")) {
          collect(type, name, arguments.size(), true, methods);
          collect(type, name, arguments.size(), false, methods);
        }
      }
      for (boolean statics : new boolean[] {true, false}) {
        for (Class<?> type : classes) {
          if (!type.getSimpleName().equals("Solution")) {
            collect(type, name, arguments.size(), statics, methods);
          }
        }
      }
      Call call = new Call();
      if (methods.isEmpty()) {
        call.problem = "no method named " + name + " taking " + arguments.size() + " argument"
            + (arguments.size() == 1 ? "" : "s");
        return call;
      }
      for (Found found : methods) {
        try {
          call.arguments = Values.convert(arguments, found.method.getGenericParameterTypes());
          call.found = found;
          call.problem = null;
          found.method.setAccessible(true);
          return call;
        } catch (Mismatch why) {
          if (call.problem == null) {
            call.problem = name + ": " + why.getMessage(); // the first method's reason
          }
        }
      }
      return call;
    }

    private static void collect(Class<?> type, String name, int arity, boolean statics, List<Found> into) {
      if (!statics && (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !hasNoArgConstructor(type))) {
        return;
      }
      for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
        Method[] declared = level.getDeclaredMethods();
        // Reflection lists methods in no promised order: the same overload must win every run.
        java.util.Arrays.sort(declared, Comparator.comparing(Method::toGenericString));
        for (Method method : declared) {
          if (method.getName().equals(name) && method.getParameterCount() == arity && !method.isSynthetic()
              && !method.isBridge() && Modifier.isStatic(method.getModifiers()) == statics
              && !Modifier.isAbstract(method.getModifiers())) {
            into.add(new Found(method, type));
          }
        }
      }
    }

    private static boolean hasNoArgConstructor(Class<?> type) {
      try {
        type.getDeclaredConstructor();
        return true;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }

    /** Initialises the class (a static initialiser that throws is a load failure); the receiver, or null. */
    static Object target(Found found) throws Exception {
      Class.forName(found.owner.getName(), true, found.owner.getClassLoader());
      if (Modifier.isStatic(found.method.getModifiers())) {
        return null;
      }
      Constructor<?> constructor = found.owner.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    }
  }

  /** Tagged JSON in (to Java values for the parameters) and out (from the return value). */
  private static final class Values {
    static List<Object> items(Object value) {
      if (value instanceof List) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
      }
      throw new IllegalArgumentException("the arguments are not a list");
    }

    /** Tagged JSON (parsed) to BigInteger, Double, String, Boolean, null, ArrayList, LinkedHashSet, LinkedHashMap. */
    static Object decode(Object node) {
      if (node instanceof List) {
        List<Object> items = new ArrayList<>();
        for (Object item : (List<?>) node) {
          items.add(decode(item));
        }
        return items;
      }
      if (!(node instanceof Map)) {
        return node;
      }
      Map<?, ?> tagged = (Map<?, ?>) node;
      if (tagged.size() != 1) {
        throw new IllegalArgumentException("not a tagged value");
      }
      Map.Entry<?, ?> entry = tagged.entrySet().iterator().next();
      Object body = entry.getValue();
      switch (String.valueOf(entry.getKey())) {
        case "$f":
          return parseFloat(String.valueOf(body));
        case "$t":
        case "$i":
          return decode(body);
        case "$s":
        case "$fs":
          return new LinkedHashSet<>(items(decode(body)));
        case "$d":
          Map<Object, Object> map = new LinkedHashMap<>();
          for (Object pair : items(body)) {
            List<Object> kv = items(pair);
            map.put(decode(kv.get(0)), decode(kv.get(1)));
          }
          return map;
        default:
          throw new IllegalArgumentException("unknown tag " + entry.getKey());
      }
    }

    private static double parseFloat(String text) {
      switch (text) {
        case "nan":
          return Double.NaN;
        case "inf":
          return Double.POSITIVE_INFINITY;
        case "-inf":
          return Double.NEGATIVE_INFINITY;
        default:
          return Double.parseDouble(text);
      }
    }

    static Object[] convert(List<Object> arguments, Type[] parameters) throws Mismatch {
      Object[] converted = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        try {
          converted[i] = convert(arguments.get(i), parameters[i], 0);
        } catch (Mismatch why) {
          throw new Mismatch("argument " + (i + 1) + ": " + why.getMessage());
        }
      }
      return converted;
    }

    private static Object convert(Object value, Type type, int depth) throws Mismatch {
      if (depth > MAX_DEPTH) {
        throw new Mismatch("nested deeper than " + MAX_DEPTH);
      }
      if (type instanceof Class) {
        Class<?> raw = (Class<?>) type;
        if (raw.isArray()) {
          return array(value, raw.getComponentType(), depth);
        }
        return typed(value, raw, null, depth);
      }
      if (type instanceof ParameterizedType) {
        ParameterizedType generic = (ParameterizedType) type;
        return typed(value, (Class<?>) generic.getRawType(), generic.getActualTypeArguments(), depth);
      }
      if (type instanceof GenericArrayType) {
        return array(value, ((GenericArrayType) type).getGenericComponentType(), depth);
      }
      if (type instanceof WildcardType) {
        return convert(value, ((WildcardType) type).getUpperBounds()[0], depth);
      }
      if (type instanceof TypeVariable) {
        return convert(value, ((TypeVariable<?>) type).getBounds()[0], depth);
      }
      throw new Mismatch("cannot pass " + show(value) + " as " + type.getTypeName());
    }

    private static Object array(Object value, Type component, int depth) throws Mismatch {
      Class<?> erased = erasure(component);
      if (value instanceof String && erased == char.class) {
        return ((String) value).toCharArray();
      }
      if (!(value instanceof Collection)) {
        throw new Mismatch("cannot pass " + show(value) + " as " + erased.getName() + "[]");
      }
      Collection<?> items = (Collection<?>) value;
      Object array = Array.newInstance(erased, items.size());
      int i = 0;
      for (Object item : items) {
        Array.set(array, i++, convert(item, component, depth + 1));
      }
      return array;
    }

    private static Class<?> erasure(Type type) {
      if (type instanceof Class) {
        return (Class<?>) type;
      }
      if (type instanceof ParameterizedType) {
        return (Class<?>) ((ParameterizedType) type).getRawType();
      }
      if (type instanceof GenericArrayType) {
        return Array.newInstance(erasure(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
      }
      if (type instanceof WildcardType) {
        return erasure(((WildcardType) type).getUpperBounds()[0]);
      }
      if (type instanceof TypeVariable) {
        return erasure(((TypeVariable<?>) type).getBounds()[0]);
      }
      return Object.class;
    }

    /** A value for a class: a scalar, a collection or map (with its type arguments, if any). */
    private static Object typed(Object value, Class<?> raw, Type[] typeArguments, int depth) throws Mismatch {
      if (value == null) {
        if (raw.isPrimitive()) {
          throw new Mismatch("cannot pass null as " + raw.getName());
        }
        return null;
      }
      Object scalar = scalar(value, raw);
      if (scalar != null) {
        return scalar;
      }
      if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
        Type element = typeArguments == null ? Object.class : typeArguments[0];
        Collection<Object> collection = newCollection(raw, value);
        for (Object item : (Collection<?>) value) {
          add(collection, convert(item, element, depth + 1), value);
        }
        return collection;
      }
      if (Map.class.isAssignableFrom(raw) && value instanceof Map) {
        Type keyType = typeArguments == null ? Object.class : typeArguments[0];
        Type valueType = typeArguments == null ? Object.class : typeArguments[1];
        Map<Object, Object> map = newMap(raw, value);
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          try {
            map.put(convert(entry.getKey(), keyType, depth + 1), convert(entry.getValue(), valueType, depth + 1));
          } catch (RuntimeException e) {
            throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName() + ": " + e);
          }
        }
        return map;
      }
      if (raw == Object.class) {
        return natural(value);
      }
      throw new Mismatch("cannot pass " + show(value) + " as " + raw.getTypeName());
    }

    private static void add(Collection<Object> collection, Object item, Object value) throws Mismatch {
      try {
        collection.add(item);
      } catch (RuntimeException e) {
        throw new Mismatch("cannot pass " + show(value) + " as " + collection.getClass().getName() + ": " + e);
      }
    }

    /** Numbers, booleans, characters and strings; null when the class is none of these. */
    private static Object scalar(Object value, Class<?> raw) throws Mismatch {
      Class<?> type = raw.isPrimitive() ? Boxes.of(raw) : raw;
      try {
        if (type == Integer.class) {
          return integer(value, raw).intValueExact();
        }
        if (type == Long.class) {
          return integer(value, raw).longValueExact();
        }
        if (type == Short.class) {
          return integer(value, raw).shortValueExact();
        }
        if (type == Byte.class) {
          return integer(value, raw).byteValueExact();
        }
      } catch (ArithmeticException e) {
        throw new Mismatch(show(value) + " does not fit in " + raw.getName());
      }
      if (type == BigInteger.class) {
        return integer(value, raw);
      }
      if (type == Double.class || type == Float.class || type == BigDecimal.class) {
        if (!(value instanceof BigInteger || value instanceof Double)) {
          throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
        }
        double number = ((Number) value).doubleValue();
        if (type == BigDecimal.class) {
          return value instanceof BigInteger ? new BigDecimal((BigInteger) value) : BigDecimal.valueOf(number);
        }
        return type == Double.class ? (Object) number : (Object) (float) number;
      }
      if (type == Boolean.class) {
        if (!(value instanceof Boolean)) {
          throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
        }
        return value;
      }
      if (type == Character.class) {
        if (!(value instanceof String) || ((String) value).length() != 1) {
          throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
        }
        return ((String) value).charAt(0);
      }
      if (type == String.class || type == CharSequence.class) {
        if (!(value instanceof String)) {
          throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
        }
        return value;
      }
      if (type == Number.class) {
        if (!(value instanceof BigInteger || value instanceof Double)) {
          throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
        }
        return natural(value);
      }
      return null;
    }

    private static BigInteger integer(Object value, Class<?> raw) throws Mismatch {
      if (value instanceof BigInteger) {
        return (BigInteger) value;
      }
      throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> newCollection(Class<?> raw, Object value) throws Mismatch {
      if (!(value instanceof Collection)) {
        throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
      }
      if (raw.isAssignableFrom(ArrayList.class)) {
        return new ArrayList<>();
      }
      if (raw.isAssignableFrom(LinkedHashSet.class)) {
        return new LinkedHashSet<>();
      }
      if (raw.isAssignableFrom(TreeSet.class)) {
        return new TreeSet<>();
      }
      if (raw.isAssignableFrom(LinkedList.class)) {
        return new LinkedList<>(); // Queue, Deque
      }
      return (Collection<Object>) jdkInstance(raw, value);
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> newMap(Class<?> raw, Object value) throws Mismatch {
      if (raw.isAssignableFrom(LinkedHashMap.class)) {
        return new LinkedHashMap<>();
      }
      if (raw.isAssignableFrom(TreeMap.class)) {
        return new TreeMap<>();
      }
      return (Map<Object, Object>) jdkInstance(raw, value);
    }

    /** A concrete JDK collection named by the parameter (PriorityQueue, ArrayDeque, Stack...). */
    private static Object jdkInstance(Class<?> raw, Object value) throws Mismatch {
      if (raw.getClassLoader() == null && !raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())) {
        try {
          return raw.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
          // no public constructor without arguments
        }
      }
      throw new Mismatch("cannot pass " + show(value) + " as " + raw.getName());
    }

    /** For Object parameters: the Java type a literal would have (int if it fits, then long). */
    private static Object natural(Object value) {
      if (value instanceof BigInteger) {
        BigInteger integer = (BigInteger) value;
        return integer.bitLength() < 32 ? (Object) integer.intValue()
            : integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
      }
      if (value instanceof List) {
        List<Object> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
          items.add(natural(item));
        }
        return items;
      }
      if (value instanceof Set) {
        Set<Object> items = new LinkedHashSet<>();
        for (Object item : (Set<?>) value) {
          items.add(natural(item));
        }
        return items;
      }
      if (value instanceof Map) {
        Map<Object, Object> map = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          map.put(natural(entry.getKey()), natural(entry.getValue()));
        }
        return map;
      }
      return value;
    }

    private static String show(Object value) {
      String text = value instanceof String ? Json.quote((String) value) : String.valueOf(value);
      return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    static String encode(Object value) throws NotData {
      StringBuilder out = new StringBuilder();
      encode(value, 0, out);
      return out.toString();
    }

    private static void encode(Object value, int depth, StringBuilder out) throws NotData {
      if (depth > MAX_DEPTH) {
        throw new NotData("nested deeper than " + MAX_DEPTH);
      }
      if (value == null) {
        out.append("null");
      } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
          || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
        out.append(value);
      } else if (value instanceof Double) {
        floating((Double) value, Double.toString((Double) value), out);
      } else if (value instanceof Float) {
        // Float's shortest text, so 0.1f reads back as 0.1 rather than 0.10000000149011612.
        floating(((Float) value).doubleValue(), Float.toString((Float) value), out);
      } else if (value instanceof BigDecimal) {
        floating(((BigDecimal) value).doubleValue(), value.toString(), out);
      } else if (value instanceof Character || value instanceof String) {
        out.append(Json.quote(value.toString()));
      } else if (value.getClass().isArray()) {
        int length = Array.getLength(value);
        out.append('[');
        for (int i = 0; i < length; i++) {
          if (i > 0) {
            out.append(',');
          }
          encode(Array.get(value, i), depth + 1, out);
        }
        out.append(']');
      } else if (value.getClass().getClassLoader() == null && value instanceof Set) {
        out.append("{\"$s\":");
        items((Collection<?>) value, depth, out);
        out.append('}');
      } else if (value.getClass().getClassLoader() == null && value instanceof Collection) {
        items((Collection<?>) value, depth, out); // List, Queue, Deque: a list in iteration order
      } else if (value.getClass().getClassLoader() == null && value instanceof Map) {
        out.append("{\"$d\":[");
        boolean first = true;
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          out.append(first ? "[" : ",[");
          first = false;
          encode(entry.getKey(), depth + 2, out);
          out.append(',');
          encode(entry.getValue(), depth + 2, out);
          out.append(']');
        }
        out.append("]}");
      } else {
        throw new NotData("a value of type " + value.getClass().getName());
      }
    }

    private static void items(Collection<?> items, int depth, StringBuilder out) throws NotData {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        encode(item, depth + 1, out);
      }
      out.append(']');
    }

    private static void floating(double number, String text, StringBuilder out) {
      String repr = Double.isNaN(number) ? "nan" : number == Double.POSITIVE_INFINITY ? "inf"
          : number == Double.NEGATIVE_INFINITY ? "-inf" : text;
      out.append("{\"$f\":\"").append(repr).append("\"}");
    }
  }

  /** Boxes of the primitive types. */
  private static final class Boxes {
    static Class<?> of(Class<?> primitive) {
      if (primitive == int.class) {
        return Integer.class;
      }
      if (primitive == long.class) {
        return Long.class;
      }
      if (primitive == double.class) {
        return Double.class;
      }
      if (primitive == boolean.class) {
        return Boolean.class;
      }
      if (primitive == char.class) {
        return Character.class;
      }
      if (primitive == float.class) {
        return Float.class;
      }
      if (primitive == short.class) {
        return Short.class;
      }
      if (primitive == byte.class) {
        return Byte.class;
      }
      return Void.class;
    }
  }

  /** Just enough JSON: objects, arrays, strings, numbers (BigInteger or Double), true, false, null. */
  private static final class Json {
    private final String text;
    private int at;

    Json(String text) {
      this.text = text;
    }

    Object parse() {
      Object value = value();
      space();
      if (at != text.length()) {
        throw new IllegalArgumentException("text after the JSON value at " + at);
      }
      return value;
    }

    private Object value() {
      space();
      if (at >= text.length()) {
        throw new IllegalArgumentException("JSON ends early");
      }
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      at++;
      space();
      if (peek() == '}') {
        at++;
        return map;
      }
      while (true) {
        space();
        String key = string();
        space();
        expect(':');
        map.put(key, value());
        space();
        if (peek() == ',') {
          at++;
          continue;
        }
        expect('}');
        return map;
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      at++;
      space();
      if (peek() == ']') {
        at++;
        return list;
      }
      while (true) {
        list.add(value());
        space();
        if (peek() == ',') {
          at++;
          continue;
        }
        expect(']');
        return list;
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escape = text.charAt(at++);
        switch (escape) {
          case 'b':
            out.append('\b');
            break;
          case 'f':
            out.append('\f');
            break;
          case 'n':
            out.append('\n');
            break;
          case 'r':
            out.append('\r');
            break;
          case 't':
            out.append('\t');
            break;
          case 'u':
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
            break;
          default:
            out.append(escape); // \" \\ \/
        }
      }
    }

    private Object number() {
      int start = at;
      boolean fraction = false;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        fraction |= "eE.".indexOf(text.charAt(at)) >= 0;
        at++;
      }
      String digits = text.substring(start, at);
      if (digits.isEmpty()) {
        throw new IllegalArgumentException("unexpected character at " + start);
      }
      return fraction ? (Object) Double.parseDouble(digits) : new BigInteger(digits);
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, at)) {
        throw new IllegalArgumentException("unexpected text at " + at);
      }
      at += word.length();
      return value;
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at);
      }
      at++;
    }

    private void space() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    /** A JSON string in ASCII, as pyvalues.py writes them. */
    static String quote(String value) {
      StringBuilder out = new StringBuilder(value.length() + 2).append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c >= 0x20 && c < 0x7f) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
      return out.append('"').toString();
    }
  }
}
