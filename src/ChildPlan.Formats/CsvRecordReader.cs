using System.Buffers;

namespace ChildPlan.Formats;

/// <summary>
/// Reads RFC 4180 records one at a time from a block buffer: fields optionally quoted with <c>"</c> (a doubled quote is a
/// quote), carriage returns outside quotes dropped, blank lines skipped, each record tagged with the line it starts on. A
/// record's fields are spans over one reused buffer, so a million rows cost no string but those the caller makes.
/// </summary>
internal sealed class CsvRecordReader
{
    private const int BlockSize = 1 << 16;
    private static readonly SearchValues<char> QuoteOrReturn = SearchValues.Create("\"\r");
    private readonly string file;
    private readonly TextReader reader;
    private readonly char separator;
    private readonly SearchValues<char> plain;
    private char[] block = new char[BlockSize];
    private int position;
    private int filled;
    private bool exhausted;
    private bool ended;
    private char[] chars = new char[256];
    private int charCount;
    private char[] source;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fieldCount;
    private int line = 1;

    public CsvRecordReader(string file, TextReader reader, char separator)
    {
        this.file = file;
        this.reader = reader;
        this.separator = separator;
        plain = SearchValues.Create([separator, '"', '\r', '\n']);
        source = chars;
    }

    /// <summary>The line the current record starts on (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => fieldCount;

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get => source.AsSpan(starts[index], ends[index] - starts[index]);
    }

    /// <summary>The current record's fields as strings.</summary>
    public string[] Fields()
    {
        var fields = new string[fieldCount];
        for (var i = 0; i < fieldCount; i++)
        {
            fields[i] = this[i].ToString();
        }

        return fields;
    }

    /// <summary>Moves to the next record that is not a blank line; <see langword="false"/> at the end of the input.</summary>
    /// <exception cref="ChildPlanInputException">A quote inside an unquoted field, or a quoted field not closed by the end.</exception>
    public bool Read()
    {
        while (!ended)
        {
            if (ReadRecord() && !(fieldCount == 1 && ends[0] == starts[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one record (perhaps blank); <see langword="false"/> when the input had nothing more.</summary>
    private bool ReadRecord()
    {
        Line = line;
        while (true)
        {
            var rest = block.AsSpan(position, filled - position);
            var end = rest.IndexOf('\n');
            if (end < 0 && !exhausted)
            {
                More();
                continue;
            }

            var text = end < 0 ? rest : rest[..end];
            var cut = text.IndexOfAny(QuoteOrReturn);
            if (cut >= 0 && !(cut == text.Length - 1 && text[cut] == '\r'))
            {
                break; // quotes, or a carriage return inside the line: read character by character
            }

            // A line without quotes: its fields are the text between separators, read where it lies in the block.
            var length = cut >= 0 ? cut : text.Length;
            source = block;
            fieldCount = 0;
            var start = position;
            var limit = position + length;
            while (true)
            {
                var next = block.AsSpan(start, limit - start).IndexOf(separator);
                var stop = next < 0 ? limit : start + next;
                AddField(start, stop);
                if (next < 0)
                {
                    break;
                }

                start = stop + 1;
            }

            if (end < 0)
            {
                position = filled;
                ended = true;
            }
            else
            {
                position += end + 1;
                line++;
            }

            return true;
        }

        return ReadQuoted();
    }

    /// <summary>Reads a record character by character (quoted fields, line breaks inside them).</summary>
    private bool ReadQuoted()
    {
        source = chars;
        charCount = 0;
        fieldCount = 0;
        Line = line;
        var fieldStart = 0;
        var inQuotes = false;
        var fieldWasQuoted = false;
        while (true)
        {
            if (!Fill())
            {
                ended = true;
                if (inQuotes)
                {
                    throw new ChildPlanInputException($"{file}:{Line}", "a quoted field is not closed before the end of the file.");
                }

                EndField();
                return true;
            }

            var ch = block[position++];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (Peek() == '"')
                    {
                        position++;
                        Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    Append(ch);
                    var run = block.AsSpan(position, filled - position);
                    var stop = run.IndexOfAny('"', '\n');
                    stop = stop < 0 ? run.Length : stop;
                    Append(run[..stop]);
                    position += stop;
                }

                continue;
            }

            switch (ch)
            {
                case '"' when charCount == fieldStart && !fieldWasQuoted:
                    inQuotes = true;
                    fieldWasQuoted = true;
                    break;
                case '"':
                    throw new ChildPlanInputException($"{file}:{line}", "a quote (\") inside an unquoted field; quote the whole field and double the quote.");
                case '\r':
                    break;
                case '\n':
                    EndField();
                    line++;
                    return true;
                default:
                    if (ch == separator)
                    {
                        EndField();
                        fieldStart = charCount;
                        fieldWasQuoted = false;
                    }
                    else
                    {
                        Append(ch);
                        var run = block.AsSpan(position, filled - position);
                        var stop = run.IndexOfAny(plain);
                        stop = stop < 0 ? run.Length : stop;
                        Append(run[..stop]);
                        position += stop;
                    }

                    break;
            }
        }
    }

    /// <summary>Keeps the unread characters, moved to the start of the block (grown when full), and reads more after them.</summary>
    private bool More()
    {
        if (exhausted)
        {
            return false;
        }

        if (position > 0)
        {
            block.AsSpan(position, filled - position).CopyTo(block);
            filled -= position;
            position = 0;
        }

        if (filled == block.Length)
        {
            Array.Resize(ref block, block.Length * 2);
        }

        var read = reader.Read(block, filled, block.Length - filled);
        exhausted = read == 0;
        filled += read;
        return read > 0;
    }

    private bool Fill() => position < filled || More();

    private int Peek() => Fill() ? block[position] : -1;

    private void EndField() => AddField(fieldCount == 0 ? 0 : ends[fieldCount - 1], charCount);

    private void AddField(int start, int end)
    {
        if (fieldCount == ends.Length)
        {
            Array.Resize(ref starts, ends.Length * 2);
            Array.Resize(ref ends, ends.Length * 2);
        }

        starts[fieldCount] = start;
        ends[fieldCount++] = end;
    }

    private void Append(char ch)
    {
        if (charCount == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
            source = chars; // the record's fields, written before and after, are read from the grown buffer
        }

        chars[charCount++] = ch;
    }

    private void Append(ReadOnlySpan<char> run)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (charCount + run.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, charCount + run.Length));
            source = chars;
        }

        run.CopyTo(chars.AsSpan(charCount));
        charCount += run.Length;
    }
}
