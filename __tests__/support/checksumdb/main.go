// A Go checksum database on 127.0.0.1 for the tests: golang.org/x/mod/sumdb's own server (the
// copy GOROOT vendors for cmd/go) over records read from a file of go.sum lines, which the test
// may extend while the server runs. It prints "<verifier key> <address>" on its first line, then
// one line per request path.
package main

import (
	"crypto/rand"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"strings"

	"golang.org/x/mod/sumdb"
	"golang.org/x/mod/sumdb/note"
)

func main() {
	name := flag.String("name", "sum.test", "the database name in GOSUMDB")
	records := flag.String("records", "", "a file of go.sum lines")
	flag.Parse()

	skey, vkey, err := note.GenerateKey(rand.Reader, *name)
	if err != nil {
		log.Fatal(err)
	}
	// A module version becomes a record the first time it is looked up: its lines, as in go.sum.
	gosum := func(path, version string) ([]byte, error) {
		data, err := os.ReadFile(*records)
		if err != nil {
			return nil, err
		}
		var out strings.Builder
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Fields(line)
			if len(f) == 3 && f[0] == path && (f[1] == version || f[1] == version+"/go.mod") {
				out.WriteString(line + "\n")
			}
		}
		if out.Len() == 0 {
			return nil, os.ErrNotExist // answered 404, as the real database does for a module it cannot find
		}
		return []byte(out.String()), nil
	}
	server := sumdb.NewServer(sumdb.NewTestServer(skey, gosum))

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %s\n", vkey, listener.Addr())
	log.Fatal(http.Serve(listener, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println(r.URL.Path)
		server.ServeHTTP(w, r)
	})))
}
