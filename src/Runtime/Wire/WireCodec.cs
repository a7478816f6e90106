using System.Buffers.Binary;
using System.Text;

namespace Multiprocessing.Wire;

/// <summary>
/// The control messages' encoding, written by hand rather than with MemoryPack: a child decodes one message before
/// it runs anything, and not loading the serializer for that saves most of a child's start-up time.
/// Little-endian integers; strings and byte arrays as a 4-byte length (-1 for null) and their bytes.
/// </summary>
internal static class WireCodec
{
    /// <summary>More handles than this in one call is a corrupt message, not a real program.</summary>
    public const int MaxHandles = 4096;

    public static byte[] Encode(StartRequest request)
    {
        var writer = new Writer();
        writer.String(request.AssemblyName);
        writer.UInt64(request.EntryId);
        writer.String(request.EntryName);
        writer.Bytes(request.Arguments);
        writer.String(request.ProcessName);
        writer.Int32(request.Identity.Length);
        foreach (int part in request.Identity)
        {
            writer.Int32(part);
        }

        writer.Int32(request.Daemon ? 1 : 0);
        writer.Int32(request.ParentPid);
        writer.String(request.ParentName);
        writer.Bytes(request.AuthKey);
        writer.Int32(request.HandleCount);
        return writer.ToArray();
    }

    public static StartRequest DecodeStartRequest(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        var request = new StartRequest
        {
            AssemblyName = reader.String() ?? throw Corrupt("assembly name"),
            EntryId = reader.UInt64(),
            EntryName = reader.String() ?? throw Corrupt("entry name"),
            Arguments = reader.Bytes() ?? throw Corrupt("arguments"),
            ProcessName = reader.String() ?? throw Corrupt("process name"),
            Identity = reader.Int32Array(),
            Daemon = reader.Int32() != 0,
            ParentPid = reader.Int32(),
            ParentName = reader.String() ?? throw Corrupt("parent name"),
            AuthKey = reader.Bytes() ?? throw Corrupt("authentication key"),
            HandleCount = reader.Int32(),
        };
        if (request.HandleCount is < 0 or > MaxHandles)
        {
            throw Corrupt("handle count");
        }

        reader.End();
        return request;
    }

    public static byte[] Encode(ChildOutcome outcome)
    {
        var writer = new Writer();
        writer.Int32((int)outcome.Kind);
        writer.Bytes(outcome.Result);
        writer.String(outcome.ExceptionType);
        writer.String(outcome.Message);
        writer.String(outcome.StackTrace);
        writer.String(outcome.Details);
        return writer.ToArray();
    }

    public static ChildOutcome DecodeChildOutcome(ReadOnlySpan<byte> body)
    {
        var reader = new Reader(body);
        int kind = reader.Int32();
        if (kind is < 0 or > (int)OutcomeKind.DispatchFailed)
        {
            throw Corrupt("outcome kind");
        }

        var outcome = new ChildOutcome
        {
            Kind = (OutcomeKind)kind,
            Result = reader.Bytes(),
            ExceptionType = reader.String(),
            Message = reader.String(),
            StackTrace = reader.String(),
            Details = reader.String(),
        };
        reader.End();
        return outcome;
    }

    private static InvalidDataException Corrupt(string field) => new($"The control message is corrupted: its {field} is missing or invalid.");

    private sealed class Writer
    {
        private byte[] _buffer = new byte[256];
        private int _length;

        public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Grow(4), value);

        public void UInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), value);

        public void String(string? value)
        {
            if (value is null)
            {
                Int32(-1);
                return;
            }

            int count = Encoding.UTF8.GetByteCount(value);
            Int32(count);
            Encoding.UTF8.GetBytes(value, Grow(count));
        }

        public void Bytes(byte[]? value)
        {
            if (value is null)
            {
                Int32(-1);
                return;
            }

            Int32(value.Length);
            value.CopyTo(Grow(value.Length));
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        private Span<byte> Grow(int count)
        {
            if (_length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            }

            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> body)
    {
        private ReadOnlySpan<byte> _rest = body;

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public string? String()
        {
            int count = Int32();
            return count < 0 ? null : Encoding.UTF8.GetString(Take(count));
        }

        public byte[]? Bytes()
        {
            int count = Int32();
            return count < 0 ? null : Take(count).ToArray();
        }

        public int[] Int32Array()
        {
            int count = Int32();
            if (count < 0 || count > _rest.Length / 4)
            {
                throw Corrupt("identity");
            }

            var items = new int[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = Int32();
            }

            return items;
        }

        public readonly void End()
        {
            if (!_rest.IsEmpty)
            {
                throw new InvalidDataException($"The control message has {_rest.Length} unexpected bytes at its end.");
            }
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _rest.Length)
            {
                throw new InvalidDataException("The control message ends before its last field.");
            }

            var taken = _rest[..count];
            _rest = _rest[count..];
            return taken;
        }
    }
}
