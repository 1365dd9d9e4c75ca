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
    private readonly string file;
    private readonly TextReader reader;
    private readonly char separator;
    private readonly SearchValues<char> plain;
    private readonly char[] block = new char[BlockSize];
    private int position;
    private int filled;
    private bool ended;
    private char[] chars = new char[256];
    private int charCount;
    private int[] ends = new int[16];
    private int fieldCount;
    private int line = 1;

    public CsvRecordReader(string file, TextReader reader, char separator)
    {
        this.file = file;
        this.reader = reader;
        this.separator = separator;
        plain = SearchValues.Create([separator, '"', '\r', '\n']);
    }

    /// <summary>The line the current record starts on (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => fieldCount;

    /// <summary>Field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : ends[index - 1];
            return chars.AsSpan(start, ends[index] - start);
        }
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
            if (ReadRecord() && !(fieldCount == 1 && ends[0] == 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one record (perhaps blank); <see langword="false"/> when the input had nothing more.</summary>
    private bool ReadRecord()
    {
        charCount = 0;
        fieldCount = 0;
        Line = line;
        var fieldStart = 0;
        var inQuotes = false;
        var fieldWasQuoted = false;
        while (true)
        {
            if (position == filled && !Fill())
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

    private bool Fill()
    {
        position = 0;
        filled = reader.Read(block, 0, block.Length);
        return filled > 0;
    }

    private int Peek() => position < filled || Fill() ? block[position] : -1;

    private void EndField()
    {
        if (fieldCount == ends.Length)
        {
            Array.Resize(ref ends, ends.Length * 2);
        }

        ends[fieldCount++] = charCount;
    }

    private void Append(char ch)
    {
        if (charCount == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
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
        }

        run.CopyTo(chars.AsSpan(charCount));
        charCount += run.Length;
    }
}
