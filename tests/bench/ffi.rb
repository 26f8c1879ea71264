# The migproc gem through FFI, beside the countries gem and Hash#[], in one
# process.
#
#   ruby tests/bench/ffi.rb [RUNS]
#
# Loads migproc as Ruby finds it: the installed gem (gem install), or the
# source tree's with -I examples/ruby/lib and MIGPROC_LIBRARY set.  Prints a
# Markdown table for doc/PERFORMANCE.md: nanoseconds per call, the median of
# the runs (each about 20 ms) with the fastest and slowest, over every key of a
# kind in random order where the row says so.  The countries gem (Debian:
# ruby-countries) is optional.  A benchmark, never a test.
require "migproc"
begin
  require "countries"
rescue LoadError
  nil # the table says so
end

RUNS = (ARGV[0] || 7).to_i
rng = Random.new(13)

def clock = Process.clock_gettime(Process::CLOCK_MONOTONIC)

# [median, min, max] ns per call of each proc (each making calls_per_loop
# calls), runs of about 20 ms; the runs of the procs alternate, so that a
# burst of load on this shared machine hits them alike.
def per_call(calls_per_loop, *procs)
  # A full collection first: loading the countries gem leaves garbage whose
  # collection would otherwise land in whichever row is timed first.
  GC.start
  loops = procs.map do |proc|
    n = 1
    n *= 2 while begin
      t = clock
      n.times { proc.call }
      clock - t < 0.02
    end
    n
  end
  times = procs.map { [] }
  RUNS.times do
    procs.each_with_index do |proc, i|
      t = clock
      loops[i].times { proc.call }
      times[i] << (clock - t) / loops[i] / calls_per_loop * 1e9
    end
  end
  times.map(&:sort).map { |t| [t[t.size / 2], t.first, t.last] }
end

def fmt(result) = result ? ["%.0f" % result[0], "%.0f–%.0f" % result[1..]] : ["–", ""]

states = Migproc.entities(:state).to_a
codes = states.map(&:code).shuffle(random: rng)
by_code = states.to_h { |e| [e.code, e] }
countries = defined?(ISO3166::Country)
names = states.map { |e| e.name(:en) }
if countries # the names both resolve to the same state
  names.select! { |n| ISO3166::Country.find_country_by_name(n)&.alpha2 == Migproc.find(n).code }
end
names.shuffle!(random: rng)
rcm, mirps = Migproc.find("RCM").members, Migproc.find("MIRPS").members

rows = []
# A row: [label, ours, other label, theirs]; ours and theirs in alternation.
def row(rows, label, calls, ours, other_label = nil, other = nil)
  mine, theirs = per_call(calls, *[ours, other].compact)
  rows << [label, mine, other_label, theirs]
end
row(rows, '`Migproc.find("MX")`', 1, -> { Migproc.find("MX") },
    '`Hash#[]` ("MX", a Hash of the same entities)', -> { by_code["MX"] })
row(rows, "`Migproc.find(code)`, every ISO alpha-2 code (#{codes.size}), random order", codes.size,
    -> { codes.each { |c| Migproc.find(c) } }, "`Hash#[]`, same codes", -> { codes.each { |c| by_code[c] } })
if countries
  row(rows, '`Migproc.find("MX")`', 1, -> { Migproc.find("MX") },
      'countries `ISO3166::Country["MX"]`', -> { ISO3166::Country["MX"] })
  row(rows, "`Migproc.find(code)`, same codes", codes.size, -> { codes.each { |c| Migproc.find(c) } },
      "countries `ISO3166::Country[code]`, same codes", -> { codes.each { |c| ISO3166::Country[c] } })
  row(rows, '`Migproc.find("Mexico")`', 1, -> { Migproc.find("Mexico") },
      'countries `ISO3166::Country.find_country_by_name("Mexico")`',
      -> { ISO3166::Country.find_country_by_name("Mexico") })
  # find_country_by_name takes milliseconds: 20 of the names for it.
  sample = names.first(20)
  row(rows, "`Migproc.find(name)`, #{sample.size} English state names both know", sample.size,
      -> { sample.each { |n| Migproc.find(n) } },
      "countries `find_country_by_name(name)`, same names",
      -> { sample.each { |n| ISO3166::Country.find_country_by_name(n) } })
end
row(rows, "`Migproc.find(name)`, every English state name (#{names.size}), random order", names.size,
    -> { names.each { |n| Migproc.find(n) } })
row(rows, "`(rcm.members & mirps.members).to_a` (intersection and iteration, 7 states)", 1,
    -> { (rcm & mirps).to_a })
row(rows, '`rcm.members.include?("MX")` (by key)', 1, -> { rcm.include?("MX") })

load = File.exist?("/proc/loadavg") ? ", load average #{File.read('/proc/loadavg').split.first} at the end" : ""
puts "From one run on #{RUBY_PLATFORM}#{load}, ruby #{RUBY_VERSION}, ffi #{FFI::VERSION}, " \
     "migproc loaded from `#{Migproc::LIBRARY_PATH.sub(Dir.home, '~')}`, #{Time.now.strftime('%F')}."
puts
puts "| operation | migproc ns | min–max | compared with | ns | min–max |"
puts "|---|---:|---:|---|---:|---:|"
rows.each do |label, ours, other_label, other|
  puts "| #{label} | #{fmt(ours).join(' | ')} | #{other_label} | " \
       "#{other_label ? fmt(other).join(' | ') : ' | '} |"
end
ratio = rows[0][1][0] / rows[0][3][0]
puts
puts "| claim (issue 13) | this run | |"
puts "|---|---:|---|"
puts "| `Migproc.find(\"MX\")` ≤ 3× a `Hash#[]` | #{'%.2f' % ratio}× | #{ratio <= 3 ? 'met' : 'NOT met'} |"
