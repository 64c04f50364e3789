console.log('before');
require('./fixtures/not-here');
