#!/usr/bin/env python3
"""Where a start's time goes, from a JFR recording of it (see startup.sh, PROFILE=1) and the server's log.

Prints the Java CPU samples grouped by the library that was working (the first frame, from the top of the stack,
that is not the JDK itself), and the start's phases as the log shows them: the Karaf launcher, feature
resolution and installation, bundle start, and the demo workspace seeding.
  startup-profile.py recording.jfr data/log/karaf.log
"""
import collections, datetime, json, re, subprocess, sys

# Package prefix -> the part of the stack it stands for; the first match wins, so put longer prefixes first.
PARTS = [
    ("org/offerbridge/parser", "offerbridge parser"), ("org/offerbridge", "offerbridge (other)"),
    ("org/eclipse/persistence", "EclipseLink"), ("org/apache/derby", "Derby"),
    ("org/apache/felix/resolver", "OSGi resolver"), ("org/apache/felix/scr", "Declarative Services"),
    ("org/apache/felix", "Felix framework"), ("org/apache/karaf/features", "Karaf features"),
    ("org/apache/karaf", "Karaf (other)"), ("org/apache/cxf", "CXF"), ("org/apache/aries/jax", "JAX-RS whiteboard"),
    ("org/apache/aries/jpa", "Aries JPA"), ("org/apache/aries", "Aries (other)"), ("com/vaadin", "Vaadin"),
    ("org/eclipse/jetty", "Jetty"), ("org/ops4j/pax/web", "Pax Web"), ("org/ops4j/pax/logging", "logging"),
    ("org/apache/logging", "logging"), ("org/ops4j/pax/url", "Pax URL (artifact download/copy)"),
    ("org/ops4j", "Pax (other)"), ("com/fasterxml", "Jackson"), ("com/ibm/icu", "ICU4J"),
    ("org/bouncycastle", "Bouncy Castle"), ("org/apache/sshd", "SSH server"), ("org/apache/openpdf", "OpenPDF"),
    ("com/lowagie", "OpenPDF"), ("org/apache/geronimo", "transactions"), ("org/apache/commons", "Apache Commons"),
]
JDK = ("java/", "javax/", "jdk/", "sun/", "com/sun/")


def part_of(frames):
    for f in frames:
        name = f["method"]["type"]["name"]
        if not name.startswith(JDK):
            for prefix, part in PARTS:
                if name.startswith(prefix):
                    return part
            return "other: " + "/".join(name.split("/")[:3])
    return "JDK only (class loading, zip, reflection)"


def samples(jfr):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", jfr],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def phases(log):
    marks = []
    for line in open(log, encoding="utf-8", errors="replace"):
        m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3}) \|[^|]*\|[^|]*\| (\S+)\s*\|[^|]*\|[^|]*\| (.*)", line)
        if not m:
            continue
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S,%f")
        who, msg = m.group(2), m.group(3)
        if "Karaf shutdown socket: received shutdown" in msg:
            marks = []  # a later start in the same log: keep only the last one
            continue
        if who == "FeaturesServiceImpl" and re.match(r"(Adding features|Changes to perform|Installing bundles|Starting bundles|Done)", msg):
            marks.append((t, "features: " + msg.split(":")[0].rstrip(".")))
        elif "refreshing" in msg or "Refreshing" in msg:
            marks.append((t, "refresh: " + msg[:80]))
        elif who == "DemoSeeding" and msg.startswith("Seeded"):
            marks.append((t, "demo seeded: " + msg.split(" with ")[-1]))
        elif "Registering commands for bundle offerbridge-platform-shell" in msg:
            marks.append((t, "offerbridge shell commands registered"))
    return marks


def main(jfr, log):
    events = samples(jfr)
    parts = collections.Counter(part_of(e["values"]["stackTrace"]["frames"]) for e in events if e["values"]["stackTrace"])
    total = sum(parts.values())
    print(f"Java CPU samples: {total} (JIT compiler and GC threads are not sampled; see the per-thread CPU line)")
    for part, n in parts.most_common(14):
        print(f"  {100 * n / total:5.1f}%  {part}")
    marks = phases(log)
    if marks:
        t0 = marks[0][0]
        print("Phases from the log (seconds after the features service began):")
        for t, what in marks:
            print(f"  {(t - t0).total_seconds():6.2f}  {what}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
