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

# [median, min, max] ns per call of a block making calls_per_loop calls.
def per_call(calls_per_loop, &block)
  loops = 1
  loops *= 2 while begin
    t = clock
    loops.times(&block)
    clock - t < 0.02
  end
  times = Array.new(RUNS) do
    t = clock
    loops.times(&block)
    (clock - t) / loops / calls_per_loop * 1e9
  end.sort
  [times[times.size / 2], times.first, times.last]
end

def fmt(result) = result ? ["%.0f" % result[0], "%.0f–%.0f" % result[1..]] : ["–", ""]

states = Migproc.entities(:state).to_a
codes = states.map(&:code).shuffle(random: rng)
by_code = states.to_h { |e| [e.code, e] }
countries = defined?(ISO3166::Country)
names = states.map { |e| e.name(:en) }
if countries
  names.select! { |n| ISO3166::Country.find_country_by_name(n)&.alpha2 == Migproc.find(n).code }
end
names.shuffle!(random: rng)
rcm, mirps = Migproc.find("RCM").members, Migproc.find("MIRPS").members

rows = []
rows << ['`Migproc.find("MX")`', per_call(1) { Migproc.find("MX") },
         '`Hash#[]` ("MX", a Hash of the same entities)', per_call(1) { by_code["MX"] }]
rows << ["`Migproc.find(code)`, every ISO alpha-2 code (#{codes.size}), random order",
         per_call(codes.size) { codes.each { |c| Migproc.find(c) } },
         "`Hash#[]`, same codes", per_call(codes.size) { codes.each { |c| by_code[c] } }]
if countries
  rows << ['`Migproc.find("MX")`', nil, 'countries `ISO3166::Country["MX"]`',
           per_call(1) { ISO3166::Country["MX"] }]
  rows << ["`Migproc.find(code)`, same codes", nil, "countries `ISO3166::Country[code]`, same codes",
           per_call(codes.size) { codes.each { |c| ISO3166::Country[c] } }]
end
rows << ['`Migproc.find("Mexico")`', per_call(1) { Migproc.find("Mexico") },
         countries && 'countries `ISO3166::Country.find_country_by_name("Mexico")`',
         countries && per_call(1) { ISO3166::Country.find_country_by_name("Mexico") }]
# find_country_by_name takes milliseconds: 20 of the names for it.
sample = names.first(20)
rows << ["`Migproc.find(name)`, every English state name both know (#{names.size}), random order",
         per_call(names.size) { names.each { |n| Migproc.find(n) } },
         countries && "countries `find_country_by_name(name)`, #{sample.size} of the same names",
         countries && per_call(sample.size) { sample.each { |n| ISO3166::Country.find_country_by_name(n) } }]
rows << ["`(rcm.members & mirps.members).to_a` (intersection and iteration, 7 states)",
         per_call(1) { (rcm & mirps).to_a }]
rows << ['`rcm.members.include?("MX")` (by key)', per_call(1) { rcm.include?("MX") }]

puts "From one run on #{RUBY_PLATFORM}, ruby #{RUBY_VERSION}, ffi #{FFI::VERSION}, " \
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
puts "| `Migproc.find(\"MX\")` ≤ 3× a `Hash#[]` | #{'%.1f' % ratio}× | #{ratio <= 3 ? 'met' : 'NOT met'} |"
