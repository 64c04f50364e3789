console.log('not printed');
let x = ;
