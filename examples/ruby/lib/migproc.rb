# libmigproc from Ruby, through the ffi gem (Debian: ruby-ffi).
#
#   require "migproc"
#   rcm, mirps = Migproc.find("RCM"), Migproc.find("MIRPS")
#   (rcm.members & mirps.members).map(&:code)   # => ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"]
#   rcm.members.include?("MX")                   # => true (by key, entity or ID)
#   Migproc.find_by("Atlantis")                  # => nil
#   Migproc.find("CONARE")                       # raises Migproc::AmbiguousKey (#candidates)
#
# The library loaded is, in this order: MIGPROC_LIBRARY (a path) when set; the
# copy the gem built at install (migproc/libmigproc.so in the gem's extension
# directory); the system's libmigproc.so.1.
#
# Names: Entity#name falls back to English when the entity has no name in the
# language asked for (as migproc_name() does); Entity#name_in and #names answer
# only names that exist (migproc_name_in(), libmigproc 1.1), so an English name
# is never presented as a translation.
require "date"
require "ffi"

module Migproc
  EXPECTED_MAJOR = 1
  NONE = 0xFFFF
  ID_MAX = 0xFFFF
  NOW = 0xFFFFFFFF # MIGPROC_NOW, as-of "now" (a macro: tests/ffi checks the value)

  # Where the library is: see the top of this file.
  def self.library_candidates
    explicit = ENV["MIGPROC_LIBRARY"]
    return [explicit] if explicit && !explicit.empty?

    spec = Gem.loaded_specs["migproc"] if defined?(Gem)
    bundled = [spec && File.join(spec.extension_dir, "migproc", "libmigproc.so"),
               File.join(__dir__, "migproc", "libmigproc.so")].compact
    bundled.select { |path| File.exist?(path) }.first(1) + ["libmigproc.so.1"]
  end

  # The C API, declared for the ffi gem.
  module C
    extend FFI::Library
    candidates = Migproc.library_candidates
    begin
      ffi_lib candidates.first
    rescue LoadError => e
      raise LoadError, "libmigproc not found (#{e.message.lines.first.strip}): install the " \
                       "migproc gem or libmigproc.so.1, or set MIGPROC_LIBRARY to the library's path"
    end
    LIBRARY_PATH = candidates.first

    class Set < FFI::Struct
      layout :bits, [:uint32, 32]
    end

    attach_function :migproc_version, [], :string
    attach_function :migproc_count, [], :uint
    attach_function :migproc_kind_of, [:uint16], :int
    attach_function :migproc_kind_name, [:int], :string
    attach_function :migproc_code, [:uint16], :string
    attach_function :migproc_name, [:uint16, :string], :pointer
    attach_function :migproc_name_in, [:uint16, :string], :pointer
    attach_function :migproc_lang_tag, [:int], :string
    attach_function :migproc_alpha3, [:uint16], :string
    attach_function :migproc_numeric, [:uint16], :uint
    attach_function :migproc_established, [:uint16], :uint32
    # :string passes the String's own bytes (no copy) and raises ArgumentError
    # for one with a NUL byte: the fast path of Migproc.find, for ASCII keys.
    attach_function :migproc_find, [:string], :uint16
    attach_function :migproc_findn, [:buffer_in, :size_t], :uint16
    attach_function :migproc_findn_all, [:buffer_in, :size_t, Set.by_ref], :uint
    attach_function :migproc_related_asof, [:uint16, :int, :uint32, Set.by_ref], :uint
    attach_function :migproc_rel_name, [:int], :string
    attach_function :migproc_edge_count, [:uint16], :uint
    attach_function :migproc_edge_at, [:uint16, :uint], :uint16
    attach_function :migproc_edge_other, [:uint16, :uint16, :pointer], :uint16
    attach_function :migproc_edge_from, [:uint16], :uint32
    attach_function :migproc_edge_until, [:uint16], :uint32
    attach_function :migproc_edge_start, [:uint16], :uint32
    attach_function :migproc_edge_end, [:uint16], :uint32
    attach_function :migproc_edge_source, [:uint16], :int
    attach_function :migproc_edge_note, [:uint16], :pointer
    attach_function :migproc_source_key, [:int], :string
    attach_function :migproc_source_title, [:int], :pointer
    attach_function :migproc_source_url, [:int], :string
    attach_function :migproc_source_publisher, [:int], :pointer
    attach_function :migproc_source_licence, [:int], :string
    attach_function :migproc_source_seen, [:int], :uint32
    attach_function :migproc_set_all, [Set.by_ref], :uint
    attach_function :migproc_set_all_of_kind, [Set.by_ref, :int], :uint

    # A UTF-8 string from a char pointer (nil for NULL).
    def self.utf8(pointer)
      pointer.null? ? nil : pointer.read_string.force_encoding(Encoding::UTF_8)
    end

    # The set as an Integer: bit n for ID n (ID n is bit n % 32 of bits[n / 32]).
    def self.bits_of(set)
      set[:bits].to_a.each_with_index.sum { |word, i| word << (32 * i) }
    end

    # {name => value} for the values from first up to the first NULL name.
    def self.names(first)
      (first..).lazy.map { |v| [yield(v), v] }.take_while(&:first).to_h
    end
  end

  VERSION = C.migproc_version
  if VERSION.split(".").first.to_i != EXPECTED_MAJOR
    raise LoadError, "libmigproc #{VERSION} loaded, this binding needs #{EXPECTED_MAJOR}.x"
  end
  LIBRARY_PATH = C::LIBRARY_PATH
  # Relation names, read from the library: {member_of: 0, has_member: 1, ...}.
  RELATIONS = C.names(0) { |v| C.migproc_rel_name(v)&.to_sym }.freeze
  # Entity kinds, read from the library: {state: 1, process: 2, ...}.
  KINDS = C.names(1) { |v| C.migproc_kind_name(v)&.to_sym }.freeze
  KIND_BY_VALUE = KINDS.invert.freeze
  # The languages entity names are given in, from the library: [:en, :es, :pt].
  LANGUAGES = C.names(0) { |v| C.migproc_lang_tag(v)&.to_sym }.keys.freeze
  COUNT = C.migproc_count

  class UnknownKey < KeyError; end

  # A key that names several entities; #candidates holds them.
  class AmbiguousKey < KeyError
    attr_reader :candidates

    def initialize(key, candidates)
      @candidates = candidates
      super("#{key.inspect} is ambiguous: " +
            candidates.map { |c| "#{c.code} (#{c.name})" }.join(", "))
    end
  end

  # A date the source gave to a year, month or day: a Date with #precision.
  class PartialDate < Date
    attr_accessor :precision

    def self.unpack(packed)
      return nil if packed.zero?
      year, month, day = packed / 10_000, packed / 100 % 100, packed % 100
      date = new(year, month.zero? ? 1 : month, day.zero? ? 1 : day)
      date.precision = day.nonzero? ? :day : month.nonzero? ? :month : :year
      date
    end

    def to_s
      { year: strftime("%Y"), month: strftime("%Y-%m") }.fetch(precision, strftime("%F"))
    end
  end

  # An as-of date for the C API: nil (now), a Date, or a year 1..9999.
  def self.pack(date)
    return NOW if date.nil?
    if date.is_a?(Integer)
      raise RangeError, "asof year #{date} is out of range 1..9999" unless (1..9999).cover?(date)
      return date * 10_000
    end
    raise TypeError, "as of a Date or a year, not #{date.class}" unless date.is_a?(Date)
    date.year * 10_000 + date.month * 100 + date.day
  end

  def self.rel_value(rel)
    case rel
    when Integer
      raise RangeError, "relation #{rel} is out of range 0..#{RELATIONS.size - 1}" unless
        RELATIONS.value?(rel)
      rel
    when Symbol, String
      RELATIONS.fetch(rel.to_sym) do
        raise ArgumentError, "unknown relation #{rel.inspect}; known: #{RELATIONS.keys.join(', ')}"
      end
    else
      raise TypeError, "a relation is a name such as :member_of or its number, not #{rel.class}"
    end
  end

  # A valid entity ID: RangeError for a number that is not a 16-bit ID,
  # UnknownKey when no entity has it.
  def self.check_id(id)
    raise TypeError, "an ID is an Integer, not #{id.class}" unless id.is_a?(Integer)
    raise RangeError, "ID #{id} is out of range: IDs are 16-bit (0..#{ID_MAX})" unless
      (0..ID_MAX).cover?(id)
    raise UnknownKey, "no entity with ID #{id}" if id >= COUNT
    id
  end

  # An immutable set of entities: Enumerable in ID order, & | - ^ (with another
  # EntitySet; anything else raises TypeError), size, include? by entity, ID or
  # key ("MX"), == and hash, <= and >= for subsets.  The set is the library's
  # 128-byte migproc_set read once into an Integer (bit n for ID n): the
  # algebra and the iteration need no further call.
  class EntitySet
    include Enumerable
    attr_reader :bits
    protected :bits

    # EntitySet.new or EntitySet.new(items): entities, IDs or keys.
    def initialize(items = [])
      @bits = items.reduce(0) { |bits, item| bits | (1 << Migproc.id_of(item)) }
      freeze
    end

    def self.wrap(bits)
      set = allocate
      set.instance_variable_set(:@bits, bits)
      set.freeze
    end

    def &(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      EntitySet.wrap(@bits & other.bits)
    end

    def |(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      EntitySet.wrap(@bits | other.bits)
    end

    def ^(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      EntitySet.wrap(@bits ^ other.bits)
    end

    def -(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      EntitySet.wrap(@bits & ~other.bits)
    end

    def <=(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      (bits & ~other.bits).zero?
    end
    alias subset? <=

    def >=(other)
      raise TypeError, "#{other.class} is not a Migproc::EntitySet" unless other.is_a?(EntitySet)
      (other.bits & ~bits).zero?
    end
    alias superset? >=

    CHUNK = 60 # bits a step, so that the loop's integers stay Fixnums
    CHUNK_MASK = (1 << CHUNK) - 1

    def each
      return enum_for(:each) { size } unless block_given?
      rest, base = @bits, 0
      until rest.zero?
        word = rest & CHUNK_MASK
        until word.zero?
          low = word & -word
          id = base + low.bit_length - 1
          yield ENTITIES[id] || Migproc.entity_unchecked(id)
          word ^= low
        end
        rest >>= CHUNK
        base += CHUNK
      end
      self
    end

    def size
      @bits.to_s(2).count("1")
    end
    alias length size
    alias count size

    def empty?
      bits.zero?
    end

    # By Entity, ID or key; false for anything that is none of these.
    def include?(item)
      bits[Migproc.id_of(item)] == 1
    rescue TypeError, RangeError, KeyError
      false
    end
    alias member? include?
    alias === include?

    def ==(other)
      other.is_a?(EntitySet) && bits == other.bits
    end
    alias eql? ==

    def hash
      [EntitySet, bits].hash
    end

    def codes
      map(&:code)
    end

    def inspect
      "#<Migproc::EntitySet #{codes.join(' ')}>"
    end
  end

  # Where a fact comes from, as Python's Source: url is the page without its
  # scheme, licence "facts" or an SPDX identifier, seen the date it was read.
  Source = Struct.new(:key, :title, :url, :publisher, :licence, :seen)
  # One statement; holds_from and holds_until are what as-of answers count
  # (migproc_edge_from/until; nil: always, still).
  Relation = Struct.new(:subject, :relation, :object, :start, :end, :source, :note,
                        :holds_from, :holds_until)

  # A state, process, organisation, framework, network or body.  There is one
  # Entity per ID (Migproc.entity(5).equal?(Migproc.entity(5))); entities are
  # Comparable by ID.
  class Entity
    include Comparable
    attr_reader :id, :code

    def initialize(id)
      @id = id
      @code = C.migproc_code(id).freeze
      freeze
    end
    private_class_method :new

    def kind = KIND_BY_VALUE.fetch(C.migproc_kind_of(id))
    # The name in a language (:en, :es, :pt), in English when the entity has
    # none in lang (an unknown lang included); #name_in says nil instead.
    def name(lang = "en") = C.utf8(C.migproc_name(id, Migproc.utf8(lang.to_s)))
    # The name in exactly that language, or nil.
    def name_in(lang) = C.utf8(C.migproc_name_in(id, Migproc.utf8(lang.to_s)))
    # The names the entity has, {en:, es:, pt:}, without a language it has none in.
    def names = LANGUAGES.to_h { |lang| [lang, name_in(lang)] }.compact
    def alpha3 = C.migproc_alpha3(id)
    def numeric = C.migproc_numeric(id).nonzero?
    def established = PartialDate.unpack(C.migproc_established(id))
    def members(asof: nil) = related(:has_member, asof: asof)
    def memberships(asof: nil) = related(:member_of, asof: asof)

    def related(rel, asof: nil)
      out = C::Set.new
      C.migproc_related_asof(id, Migproc.rel_value(rel), Migproc.pack(asof), out)
      EntitySet.wrap(C.bits_of(out))
    end

    # Every stated relation touching this entity, seen from it.
    def relations
      (0...C.migproc_edge_count(id)).map do |i|
        edge = C.migproc_edge_at(id, i)
        rel = FFI::MemoryPointer.new(:int)
        other = C.migproc_edge_other(edge, id, rel) # the library reads the edge from this end
        source = C.migproc_edge_source(edge)
        Relation.new(self, C.migproc_rel_name(rel.read_int).to_sym,
                     Migproc.entity_unchecked(other), PartialDate.unpack(C.migproc_edge_start(edge)),
                     PartialDate.unpack(C.migproc_edge_end(edge)),
                     Source.new(C.migproc_source_key(source), C.utf8(C.migproc_source_title(source)),
                                C.migproc_source_url(source), C.utf8(C.migproc_source_publisher(source)),
                                C.migproc_source_licence(source),
                                PartialDate.unpack(C.migproc_source_seen(source))),
                     C.utf8(C.migproc_edge_note(edge)),
                     PartialDate.unpack(C.migproc_edge_from(edge)),
                     PartialDate.unpack(C.migproc_edge_until(edge)))
      end
    end

    def <=>(other)
      other.is_a?(Entity) ? id <=> other.id : nil
    end

    def ==(other)
      other.is_a?(Entity) && other.id == id
    end
    alias eql? ==

    def hash
      [Entity, id].hash
    end

    def inspect
      "#<Migproc::Entity #{code} #{name}>"
    end
  end

  UTF8 = Encoding::UTF_8
  ENTITIES = Array.new(COUNT)
  ENTITY_LOCK = Mutex.new
  private_constant :UTF8, :ENTITIES, :ENTITY_LOCK

  # The one Entity of a valid ID, built on first use.
  def self.entity_unchecked(id)
    ENTITIES[id] || ENTITY_LOCK.synchronize { ENTITIES[id] ||= Entity.send(:new, id) }
  end

  # The entity with this ID: RangeError for a number that is not a 16-bit ID,
  # UnknownKey when no entity has it.
  def self.entity(id)
    entity_unchecked(check_id(id))
  end

  # The ID of an Entity, an ID or a key's entity.
  def self.id_of(item)
    case item
    when Entity then item.id
    when String then find(item).id
    else check_id(item)
    end
  end

  # A key as UTF-8 bytes: strings in other encodings are converted; binary
  # strings are passed as they are.  Conversion errors make the key unknown.
  def self.utf8(key)
    raise TypeError, "a key is a String, not #{key.class}" unless key.is_a?(String)
    case key.encoding
    when Encoding::UTF_8, Encoding::BINARY, Encoding::US_ASCII then key
    else key.encode(Encoding::UTF_8)
    end
  rescue EncodingError
    raise UnknownKey, "#{key.inspect} cannot be converted to UTF-8"
  end

  # Every entity a key names (none, one, or several for a key like "CONARE").
  def self.find_all(key)
    bytes = utf8(key)
    out = C::Set.new
    C.migproc_findn_all(bytes, bytes.bytesize, out)
    EntitySet.wrap(C.bits_of(out)).to_a
  end

  # The one entity a key names; UnknownKey or AmbiguousKey otherwise.
  def self.find(key)
    # One call. An ASCII-only String has the same bytes in UTF-8, whatever
    # its encoding, and goes to the library as it is; ENTITIES[NONE] is nil,
    # so only a miss, a non-ASCII key, a NUL byte (ArgumentError) or a
    # non-String (NoMethodError) goes further.
    (key.ascii_only? && ENTITIES[C.migproc_find(key)]) || find_slow(key)
  rescue NoMethodError, ArgumentError
    find_slow(key)
  end

  def self.find_slow(key)
    bytes = utf8(key)
    id = C.migproc_findn(bytes, bytes.bytesize)
    return entity_unchecked(id) unless id == NONE

    found = find_all(bytes)
    raise UnknownKey, "unknown key #{key.inspect}" if found.empty?
    raise AmbiguousKey.new(key, found)
  end
  private_class_method :find_slow

  # The one entity a key names, or nil.
  def self.find_by(key)
    bytes = utf8(key)
    id = C.migproc_findn(bytes, bytes.bytesize)
    id == NONE ? nil : ENTITIES[id] || entity_unchecked(id)
  rescue UnknownKey
    nil
  end

  # Every entity, or every entity of a kind (:state, :process, ...).
  def self.entities(kind = nil)
    out = C::Set.new
    if kind.nil?
      C.migproc_set_all(out)
    else
      value = KINDS.fetch(kind.to_sym) { raise ArgumentError, "unknown kind #{kind.inspect}" }
      C.migproc_set_all_of_kind(out, value)
    end
    EntitySet.wrap(C.bits_of(out))
  end

  # Every stated relation between two entities (or keys), read from a.
  def self.why(a, b)
    a = find(a) unless a.is_a?(Entity)
    b = find(b) unless b.is_a?(Entity)
    a.relations.select { |r| r.object == b }
  end
end
