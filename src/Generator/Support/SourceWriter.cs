using System;
using System.Text;

namespace Multiprocessing.Generator.Support
{
    /// <summary>Writes C# text line by line at an indentation level, with newlines normalized to '\n'.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indentation;

        public void WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indentation * 4);
                _text.Append(line);
            }

            _text.Append('\n');
        }

        /// <summary>Writes a block of several lines (a raw string literal), each at the current indentation.</summary>
        public void WriteBlock(string block)
        {
            foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
            {
                WriteLine(line);
            }
        }

        public void OpenBrace()
        {
            WriteLine("{");
            _indentation++;
        }

        public void CloseBrace(string suffix = "")
        {
            _indentation--;
            WriteLine("}" + suffix);
        }

        public override string ToString() => _text.ToString();

        public IDisposable Indent()
        {
            _indentation++;
            return new Dedent(this);
        }

        private sealed class Dedent(SourceWriter writer) : IDisposable
        {
            public void Dispose() => writer._indentation--;
        }
    }
}
