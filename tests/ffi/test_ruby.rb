# The migproc gem's code (examples/ruby/lib/migproc.rb): the seed's facts,
# lookups, set-algebra laws, behaviour as Ruby values, and bad input.  Exit 77
# when the ffi gem is missing (Debian: ruby-ffi).
#
# By default, the source tree's file against MIGPROC_LIBRARY (what `meson
# test` sets).  With MIGPROC_TEST_INSTALLED=1, the gem as installed (gem
# install), with the library it built: MIGPROC_LIBRARY must be unset.
begin
  require "ffi"
rescue LoadError
  puts "the ffi gem is not installed: skipped"
  exit 77
end
require "json"
require "set"
require "minitest/autorun"
INSTALLED = ENV["MIGPROC_TEST_INSTALLED"] == "1"
if INSTALLED
  require "migproc"
else
  require_relative "../../examples/ruby/lib/migproc"
end

FACTS = JSON.parse(File.read(File.join(__dir__, "seed-facts.json")))

class SeedFactsTest < Minitest::Test
  def test_member_lists
    FACTS["members"].each do |process, seed_list|
      members = seed_list + FACTS["joined_since_seed"].fetch(process, [])
      got = Migproc.find(process).members
      assert_equal members.sort, got.codes.sort, process
      assert_equal members.size, got.size
      assert(got.all? { |e| e.kind == :state })
    end
  end

  def test_years
    FACTS["established"].each do |code, year|
      date = Migproc.find(code).established
      assert_kind_of Date, date
      assert_equal [year, :year, year.to_s], [date.year, date.precision, date.to_s], code
    end
  end

  # Each date the library gives (a statement's start and end, the dates it
  # counts from and until) is a Date whose parts not given are 1 and that
  # shows as many parts as it was given.
  def test_every_date_of_the_data
    lengths = { year: 4, month: 7, day: 10 }
    seen = []
    Migproc.entities.each do |e|
      e.relations.each do |r|
        [r.start, r.end, r.holds_from, r.holds_until].compact.each do |date|
          seen |= [date.precision]
          text = date.to_s
          assert_equal lengths.fetch(date.precision), text.size, text
          assert_equal Date.new(*"#{text}-01-01".split("-").first(3).map(&:to_i)), date, text
        end
      end
    end
    assert_equal %i[day month year], seen.sort
  end

  def test_relations
    FACTS["relations"].each do |subject, rel, object|
      assert_includes Migproc.find(subject).related(rel), Migproc.find(object)
    end
  end

  def test_memberships_and_asof
    FACTS["memberships"].each { |code, list| assert_equal list, Migproc.find(code).memberships.codes }
    FACTS["asof"].each do |code, rel, year, count|
      assert_equal count, Migproc.find(code).related(rel, asof: year).size, "#{code} #{year}"
      assert_equal count, Migproc.find(code).related(rel, asof: Date.new(year, 6, 30)).size
    end
  end

  def test_rcm_and_mirps
    assert_equal FACTS["rcm_and_mirps"], (Migproc.find("RCM").members & Migproc.find("MIRPS").members).codes
  end

  def test_names_without_fallback
    padf = Migproc.find("PADF")
    assert_equal padf.name("en"), padf.name("es")
    assert_nil padf.name_in("es")
    assert_equal [:en], padf.names.keys
    assert_equal %i[en es pt], Migproc::LANGUAGES # the header's migproc_lang
    # "Now" is the header's MIGPROC_NOW, a macro FFI cannot read.
    header = File.read(File.join(__dir__, "..", "..", "include", "migproc.h"))
    assert_equal Integer(header[/#define MIGPROC_NOW \(\(migproc_date\)(0x\h+)UL\)/, 1]), Migproc.pack(nil)
    assert_equal "México", Migproc.find("MX").name_in(:es)
  end

  def test_statements_read_from_each_end
    member = Migproc.why("MERCOSUR", "Bolivia").find { |r| r.relation == :has_member }
    assert_equal %w[MERCOSUR BO], [member.subject.code, member.object.code]
    assert_equal "2024-08-07", member.holds_from.to_s
    assert_nil member.holds_until
    assert_equal "facts", member.source.licence
    assert_equal "2026-11-27", member.source.seen.to_s
  end

  def test_why
    got = Migproc.why("Venezuela", "MERCOSUR").map { |r| [r.relation, r.start.to_s, r.end&.to_s, r.source.key] }
    assert_equal [[:member_of, "2012-08-12", nil, "g1"], [:member_of, "", nil, "derechofacil-mercosur"],
                  [:associate_of, "2004", nil, "rebelion"], [:associate_of, "", "2012-08-12", "g1"],
                  [:suspended_from, "2016-12-01", nil, "eldoce-ve-2016"],
                  [:suspended_from, "", nil, "rimaypampa-ve-2017"],
                  [:suspended_from, "2016-12-02", nil, "laregion-ve-2016"],
                  [:suspended_from, "2017-08-05", nil, "diarioregistrado-ve-2017"]], got
    assert_equal ["seed"], Migproc.why("MIRPS", "Global Compact on Refugees").map { |r| r.source.key }
  end
end

class LookupTest < Minitest::Test
  def test_keys
    ["MX", "mex", "484", "México", "MÉXICO", "Estados Unidos Mexicanos"].each do |key|
      assert_equal "MX", Migproc.find(key).code, key
    end
    assert_equal "México", Migproc.find("MX").name(:es)
    assert_equal "RCM", Migproc.find_by("puebla process").code
  end

  def test_unknown_and_ambiguous
    assert_raises(Migproc::UnknownKey) { Migproc.find("Atlantis") }
    error = assert_raises(Migproc::AmbiguousKey) { Migproc.find("conare") }
    assert_kind_of KeyError, error
    assert_equal FACTS["conare"], error.candidates.map(&:code)
    assert_nil Migproc.find_by("Atlantis")
    assert_nil Migproc.find_by("CONARE")
  end
end

class SetAlgebraTest < Minitest::Test
  def sets
    FACTS["members"].keys.map { |p| Migproc.find(p).members } + [Migproc::EntitySet.new, Migproc.entities(:state)]
  end

  def test_laws
    u = Migproc.entities
    sets.product(sets).each do |a, b|
      assert_equal a | b, b | a
      assert_equal a & b, b & a
      assert_equal a ^ b, (a - b) | (b - a)
      assert_equal u - (a | b), (u - a) & (u - b)
      assert_equal (a | b).size + (a & b).size, a.size + b.size
      assert_equal (a.to_a | b.to_a).sort_by(&:id), (a | b).to_a
    end
    sets.product(sets, sets).each do |a, b, c|
      assert_equal (a | b) | c, a | (b | c)
      assert_equal a & (b | c), (a & b) | (a & c)
    end
    sets.each { |a| assert_equal a, a & a; assert_empty a - a }
  end

  def test_value_semantics
    a, b = Migproc.find("RCM").members, Migproc.find("Puebla Process").members
    assert_equal a, b
    assert_equal a.hash, b.hash
    assert_equal 1, [a, b].uniq.size
    assert a.frozen?
    ids = a.map(&:id)
    assert_equal ids.sort, ids
    assert_includes a, "MX" # by key
    assert_includes a, "México"
    assert_includes a, Migproc.find("MX").id
    ["AR", "Atlantis", "CONARE", nil, 2.5, -1, 1 << 16, :MX].each { |x| refute_includes a, x }
  end

  def test_foreign_types
    rcm = Migproc.find("RCM").members
    [[Migproc.find("MX")], Set.new, 1, "MX", nil].each do |other|
      %i[& | - ^ <= >=].each do |op|
        error = assert_raises(TypeError) { rcm.send(op, other) }
        assert_match(/EntitySet/, error.message)
      end
      refute_equal rcm, other
    end
  end

  def test_set_from_keys_and_subsets
    four = Migproc::EntitySet.new(["MX", "Guatemala", Migproc.find("SV"), Migproc.find("CR").id])
    assert_equal 4, four.size
    assert four <= Migproc.find("RCM").members
    assert Migproc.find("RCM").members >= four
    refute four >= Migproc.find("RCM").members
    assert_raises(Migproc::UnknownKey) { Migproc::EntitySet.new(["Atlantis"]) }
  end
end

class RubyValuesTest < Minitest::Test
  def test_entities_built_once_and_comparable
    mx = Migproc.find("MX")
    assert_same mx, Migproc.find("Mexico")
    assert_same mx, Migproc.entity(mx.id)
    assert_same mx, Migproc::EntitySet.new([mx]).first
    states = Migproc.entities(:state).to_a
    assert_equal states, states.reverse.sort
    a, b = states[0], states[1]
    assert a < b
    assert_equal states.last, states.max
    assert_nil mx <=> "MX"
    assert_raises(ArgumentError) { mx < "MX" }
    assert_raises(NoMethodError) { Migproc::Entity.new(1) }
  end

  def test_encodings
    latin1 = "México".encode(Encoding::ISO_8859_1)
    assert_equal "MX", Migproc.find(latin1).code
    assert_equal "PE", Migproc.find("Perú".encode(Encoding::UTF_16LE)).code
    assert_equal "PE", Migproc.find("Per\xc3\xba".b).code # binary: taken as UTF-8 bytes
    # ASCII-only keys take the fast path whatever their encoding, unless the
    # encoding is not ASCII-compatible (UTF-16: converted first).
    %w[ISO-8859-1 US-ASCII Windows-1252 Shift_JIS].each do |name|
      assert_equal "MX", Migproc.find("MX".encode(name)).code, name
    end
    assert_equal "MX", Migproc.find("MX".encode(Encoding::UTF_16BE)).code
    assert_raises(Migproc::UnknownKey) { Migproc.find("M\0X") }
    assert_includes Migproc.find("RCM").members, latin1
    assert_equal "México", Migproc.find("MX").name("es".encode(Encoding::UTF_16LE))
  end

  def test_where_the_library_comes_from
    if INSTALLED
      refute_includes $LOADED_FEATURES.grep(/migproc\.rb$/).first, File.expand_path("../..", __dir__)
      assert_match(%r{/migproc/libmigproc\.so$}, Migproc::LIBRARY_PATH)
      assert File.exist?(Migproc::LIBRARY_PATH)
    else
      assert_equal ENV["MIGPROC_LIBRARY"], Migproc::LIBRARY_PATH
    end
  end

  def test_names_fall_back_to_english
    # libmigproc 1.0 gives the English name when a language has none.
    assert_equal Migproc.find("MX").name(:en), Migproc.find("MX").name(:xx)
  end
end

class BadInputTest < Minitest::Test
  def test_keys
    [nil, 42, :MX, ["MX"]].each { |key| assert_raises(TypeError) { Migproc.find(key) } }
    ["\xff\xfe".b, "M\xc3".b, "MX\0junk", "", " ", "x" * (1 << 20)].each do |key|
      assert_raises(Migproc::UnknownKey) { Migproc.find(key) }
      assert_nil Migproc.find_by(key)
    end
  end

  def test_other_calls
    mx = Migproc.find("MX")
    assert_raises(ArgumentError) { mx.related(:friend_of) }
    assert_raises(RangeError) { mx.related(99) }
    assert_raises(TypeError) { mx.related(:member_of, asof: "2018") }
    [1 << 32, -1, Migproc::RELATIONS.size].each { |rel| assert_raises(RangeError) { mx.related(rel) } }
    [-2018, 0, 10_000, 1 << 32].each do |year|
      assert_raises(RangeError) { mx.related(:member_of, asof: year) }
    end
    [-1, 1 << 16, 100_000].each do |id|
      assert_match(/16-bit/, assert_raises(RangeError) { Migproc.entity(id) }.message)
    end
    [Migproc.entities.size, 0xFFFF].each { |id| assert_raises(Migproc::UnknownKey) { Migproc.entity(id) } }
    assert_raises(ArgumentError) { Migproc.entities(:nonsense) }
    assert_equal "Mexico", mx.name("xx")
  end
end
