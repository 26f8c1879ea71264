# libmigproc from Ruby, through the ffi gem (Debian: ruby-ffi).
#
#   require_relative "migproc"
#   rcm, mirps = Migproc.find("RCM"), Migproc.find("MIRPS")
#   (rcm.members & mirps.members).map(&:code)   # => ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"]
#   Migproc.find_by("Atlantis")                  # => nil
#   Migproc.find("CONARE")                       # raises Migproc::AmbiguousKey (#candidates)
#
# The shared library is MIGPROC_LIBRARY (a path) when set, else libmigproc.so.1.
require "date"
require "ffi"

module Migproc
  EXPECTED_MAJOR = 1
  NONE = 0xFFFF
  NOW = 0xFFFFFFFF

  # The C API, declared for the ffi gem.
  module C
    extend FFI::Library
    begin
      ffi_lib ENV.fetch("MIGPROC_LIBRARY", "libmigproc.so.1")
    rescue LoadError => e
      raise LoadError, "libmigproc not found (#{e.message.lines.first.strip}): install it, " \
                       "or set MIGPROC_LIBRARY to the path of libmigproc.so.1"
    end

    class Set < FFI::Struct
      layout :bits, [:uint32, 32]
    end

    attach_function :migproc_version, [], :string
    attach_function :migproc_count, [], :uint
    attach_function :migproc_kind_of, [:uint16], :int
    attach_function :migproc_kind_name, [:int], :string
    attach_function :migproc_code, [:uint16], :string
    attach_function :migproc_name, [:uint16, :string], :pointer
    attach_function :migproc_alpha3, [:uint16], :string
    attach_function :migproc_numeric, [:uint16], :uint
    attach_function :migproc_established, [:uint16], :uint32
    attach_function :migproc_findn_all, [:pointer, :size_t, Set.by_ref], :uint
    attach_function :migproc_related_asof, [:uint16, :int, :uint32, Set.by_ref], :uint
    attach_function :migproc_rel_name, [:int], :string
    attach_function :migproc_rel_from_name, [:string], :int
    attach_function :migproc_edge_count, [:uint16], :uint
    attach_function :migproc_edge_at, [:uint16, :uint], :uint16
    attach_function :migproc_edge_subject, [:uint16], :uint16
    attach_function :migproc_edge_rel, [:uint16], :int
    attach_function :migproc_edge_object, [:uint16], :uint16
    attach_function :migproc_edge_start, [:uint16], :uint32
    attach_function :migproc_edge_end, [:uint16], :uint32
    attach_function :migproc_edge_source, [:uint16], :int
    attach_function :migproc_edge_note, [:uint16], :pointer
    attach_function :migproc_source_key, [:int], :string
    attach_function :migproc_source_title, [:int], :pointer
    attach_function :migproc_source_url, [:int], :string
    attach_function :migproc_set_union, [Set.by_ref, Set.by_ref, Set.by_ref], :void
    attach_function :migproc_set_intersect, [Set.by_ref, Set.by_ref, Set.by_ref], :void
    attach_function :migproc_set_difference, [Set.by_ref, Set.by_ref, Set.by_ref], :void
    attach_function :migproc_set_symmetric_difference, [Set.by_ref, Set.by_ref, Set.by_ref], :void
    attach_function :migproc_set_count, [Set.by_ref], :uint
    attach_function :migproc_set_has, [Set.by_ref, :uint16], :bool
    attach_function :migproc_set_next, [Set.by_ref, :uint16], :uint16
    attach_function :migproc_set_equal, [Set.by_ref, Set.by_ref], :bool
    attach_function :migproc_set_add, [Set.by_ref, :uint16], :bool
    attach_function :migproc_set_all, [Set.by_ref], :uint
    attach_function :migproc_set_all_of_kind, [Set.by_ref, :int], :uint

    # A UTF-8 string from a char pointer (nil for NULL).
    def self.utf8(pointer)
      pointer.null? ? nil : pointer.read_string.force_encoding(Encoding::UTF_8)
    end
  end

  VERSION = C.migproc_version
  if VERSION.split(".").first.to_i != EXPECTED_MAJOR
    raise LoadError, "libmigproc #{VERSION} loaded, this binding needs #{EXPECTED_MAJOR}.x"
  end

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

  def self.pack(date)
    return NOW if date.nil?
    return date * 10_000 if date.is_a?(Integer)
    raise TypeError, "as of a Date or a year, not #{date.class}" unless date.is_a?(Date)
    date.year * 10_000 + date.month * 100 + date.day
  end

  def self.rel_value(rel)
    value = rel.is_a?(Integer) ? (C.migproc_rel_name(rel) ? rel : -1) : C.migproc_rel_from_name(rel.to_s)
    raise ArgumentError, "unknown relation #{rel.inspect}" if value.negative?
    value
  end

  # An immutable set of entities: Enumerable in ID order, & | - ^, size,
  # include?, == and hash.
  class EntitySet
    include Enumerable
    attr_reader :raw
    protected :raw

    def initialize(raw = C::Set.new)
      @raw = raw
      freeze
    end

    def self.of(entities)
      raw = C::Set.new
      entities.each { |e| C.migproc_set_add(raw, e.id) }
      new(raw)
    end

    { :& => :migproc_set_intersect, :| => :migproc_set_union,
      :- => :migproc_set_difference, :^ => :migproc_set_symmetric_difference }.each do |op, fn|
      define_method(op) do |other|
        raise TypeError, "not an EntitySet" unless other.is_a?(EntitySet)
        out = C::Set.new
        C.send(fn, out, raw, other.raw)
        EntitySet.new(out)
      end
    end

    def each
      return enum_for(:each) unless block_given?
      id = C.migproc_set_next(raw, NONE)
      until id == NONE
        yield Entity.new(id)
        id = C.migproc_set_next(raw, id)
      end
    end

    def size
      C.migproc_set_count(raw)
    end
    alias length size

    def empty?
      size.zero?
    end

    def include?(entity)
      entity.is_a?(Entity) && C.migproc_set_has(raw, entity.id)
    end

    def ==(other)
      other.is_a?(EntitySet) && C.migproc_set_equal(raw, other.raw)
    end
    alias eql? ==

    def hash
      raw.to_ptr.read_bytes(C::Set.size).hash
    end

    def codes
      map(&:code)
    end

    def inspect
      "#<Migproc::EntitySet #{codes.join(' ')}>"
    end
  end

  Source = Struct.new(:key, :title, :url)
  Relation = Struct.new(:subject, :relation, :object, :start, :end, :source, :note)

  # A state, process, organisation, framework, network or body.
  class Entity
    attr_reader :id

    def initialize(id)
      @id = id
    end

    def code = C.migproc_code(id)
    def kind = C.migproc_kind_name(C.migproc_kind_of(id)).to_sym
    def name(lang = "en") = C.utf8(C.migproc_name(id, lang.to_s))
    def names = %w[en es pt].to_h { |lang| [lang.to_sym, name(lang)] }
    def alpha3 = C.migproc_alpha3(id)
    def numeric = C.migproc_numeric(id).nonzero?
    def established = PartialDate.unpack(C.migproc_established(id))
    def members(asof: nil) = related(:has_member, asof: asof)
    def memberships(asof: nil) = related(:member_of, asof: asof)

    def related(rel, asof: nil)
      out = C::Set.new
      C.migproc_related_asof(id, Migproc.rel_value(rel), Migproc.pack(asof), out)
      EntitySet.new(out)
    end

    # Every stated relation touching this entity, seen from it.
    def relations
      (0...C.migproc_edge_count(id)).map do |i|
        edge = C.migproc_edge_at(id, i)
        forward = C.migproc_edge_subject(edge) == id
        other = forward ? C.migproc_edge_object(edge) : C.migproc_edge_subject(edge)
        source = C.migproc_edge_source(edge)
        Relation.new(self, C.migproc_rel_name(C.migproc_edge_rel(edge) + (forward ? 0 : 1)).to_sym,
                     Entity.new(other), PartialDate.unpack(C.migproc_edge_start(edge)),
                     PartialDate.unpack(C.migproc_edge_end(edge)),
                     Source.new(C.migproc_source_key(source), C.utf8(C.migproc_source_title(source)),
                                C.migproc_source_url(source)),
                     C.utf8(C.migproc_edge_note(edge)))
      end
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

  def self.find_all(key)
    raise TypeError, "a key is a String, not #{key.class}" unless key.is_a?(String)
    bytes = key.b
    out = C::Set.new
    buffer = FFI::MemoryPointer.new(:char, [bytes.bytesize, 1].max)
    buffer.put_bytes(0, bytes)
    C.migproc_findn_all(buffer, bytes.bytesize, out)
    EntitySet.new(out).to_a
  end

  # The one entity a key names; UnknownKey or AmbiguousKey otherwise.
  def self.find(key)
    found = find_all(key)
    return found.first if found.size == 1
    raise UnknownKey, "unknown key #{key.inspect}" if found.empty?
    raise AmbiguousKey.new(key, found)
  end

  # The one entity a key names, or nil.
  def self.find_by(key)
    find(key)
  rescue KeyError
    nil
  end

  def self.entities(kind = nil)
    out = C::Set.new
    if kind.nil?
      C.migproc_set_all(out)
    else
      value = (1..255).find { |k| (n = C.migproc_kind_name(k)).nil? || n == kind.to_s }
      raise ArgumentError, "unknown kind #{kind.inspect}" if value.nil? || C.migproc_kind_name(value).nil?
      C.migproc_set_all_of_kind(out, value)
    end
    EntitySet.new(out)
  end

  # Every stated relation between two entities (or keys), read from a.
  def self.why(a, b)
    a = find(a) unless a.is_a?(Entity)
    b = find(b) unless b.is_a?(Entity)
    a.relations.select { |r| r.object == b }
  end
end
