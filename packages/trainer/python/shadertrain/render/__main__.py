"""``python -m shadertrain.render serve [--device auto|cpu|cuda:N]``: the JSON-lines render server.
``python -m shadertrain.render warm DIR... [--workers N]``: fill the driver's shader cache first."""
import argparse
import json
import sys

from .server import serve


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog='python -m shadertrain.render')
    sub = ap.add_subparsers(dest='cmd', required=True)
    s = sub.add_parser('serve', help='JSON lines on stdin/stdout (see shadertrain/render/server.py)')
    s.add_argument('--device', default='auto', help="auto | cpu | cuda:N (default auto)")
    s.add_argument('--max-memory-mb', type=int, default=0,
                   help='cap the address space (CPU renderer only; 0 = no cap)')
    w = sub.add_parser('warm', help="compile the programs of snapshot dirs into the driver's disk cache")
    w.add_argument('dirs', nargs='+', help='programs dirs (manifest.json + bodies)')
    w.add_argument('--workers', type=int, default=8)
    w.add_argument('--device', default='auto', help="auto | cpu | cuda:N (default auto)")
    args = ap.parse_args(argv)
    if args.cmd == 'warm':
        from .warm import warm
        print(json.dumps(warm(args.dirs, args.workers, args.device)))
        return 0
    return serve(args.device, args.max_memory_mb)


if __name__ == '__main__':
    sys.exit(main())
